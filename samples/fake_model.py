#!/usr/bin/env python3
"""An offline fake model: a tiny Responses-API server that streams a canned answer over SSE.

    python3 samples/fake_model.py --port 8765 [--text "Hello from the fake model."]

Point AppServer at it in $CODEX_HOME/config.toml:

    model = "gpt-5.5"
    model_provider = "fake"

    [model_providers.fake]
    name = "fake"
    base_url = "http://127.0.0.1:8765/v1"
    wire_api = "responses"

Every POST /v1/responses gets the same streamed answer, split into small deltas.
"""
import argparse
import json
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def sse(event: str, data: dict) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n".encode()


class Handler(BaseHTTPRequestHandler):
    text = "Hello from the fake model."

    def do_POST(self):  # noqa: N802 (http.server naming)
        length = int(self.headers.get("content-length", "0"))
        self.rfile.read(length)
        if not self.path.rstrip("/").endswith("/responses"):
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.end_headers()
        response_id = f"resp_{uuid.uuid4().hex}"
        message_id = f"msg_{uuid.uuid4().hex}"
        self.wfile.write(sse("response.created", {"type": "response.created", "response": {"id": response_id}}))
        item = {"type": "message", "id": message_id, "role": "assistant", "content": []}
        self.wfile.write(sse("response.output_item.added", {"type": "response.output_item.added", "output_index": 0, "item": item}))
        words = self.text.split(" ")
        for i, word in enumerate(words):
            delta = word if i == 0 else " " + word
            self.wfile.write(sse("response.output_text.delta", {"type": "response.output_text.delta", "item_id": message_id, "output_index": 0, "content_index": 0, "delta": delta}))
            self.wfile.flush()
        item["content"] = [{"type": "output_text", "text": self.text, "annotations": []}]
        self.wfile.write(sse("response.output_item.done", {"type": "response.output_item.done", "output_index": 0, "item": item}))
        usage = {"input_tokens": 10, "input_tokens_details": {"cached_tokens": 0}, "output_tokens": len(words),
                 "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": 10 + len(words)}
        self.wfile.write(sse("response.completed", {"type": "response.completed", "response": {"id": response_id, "usage": usage}}))
        self.wfile.flush()

    def log_message(self, *args):
        pass


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--text", default=Handler.text)
    args = parser.parse_args()
    Handler.text = args.text
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print(f"fake model on http://127.0.0.1:{args.port}/v1", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
