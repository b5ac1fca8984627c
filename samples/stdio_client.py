#!/usr/bin/env python3
"""A minimal stdio client: starts the server, starts a thread, sends one prompt and prints the streamed answer.

    python3 samples/stdio_client.py "Say hello" [--server "dotnet src/AppServer.Host/bin/Release/net10.0/appserver.dll"]

Uses whatever model provider $CODEX_HOME/config.toml configures (see fake_model.py for an offline one).
"""
import argparse
import json
import os
import shlex
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("prompt")
    parser.add_argument("--server", default="appserver")
    args = parser.parse_args()

    server = subprocess.Popen(shlex.split(args.server), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    next_id = 0

    def send(method, params):
        nonlocal next_id
        next_id += 1
        server.stdin.write(json.dumps({"id": next_id, "method": method, "params": params}) + "\n")
        server.stdin.flush()
        return next_id

    def wait_for(request_id):
        for line in server.stdout:
            message = json.loads(line)
            if message.get("id") == request_id and "method" not in message:
                if "error" in message:
                    sys.exit(f"{message['error']['message']}")
                return message["result"]
            handle(message)
        sys.exit("server closed the connection")

    def handle(message):
        method = message.get("method")
        if method == "item/agentMessage/delta":
            print(message["params"]["delta"], end="", flush=True)
        elif method == "turn/completed":
            print()
            raise SystemExit(0 if message["params"]["turn"]["status"] == "completed" else 1)
        elif "id" in message:  # a server request (approval): this sample declines everything
            server.stdin.write(json.dumps({"id": message["id"], "result": {"decision": "decline"}}) + "\n")
            server.stdin.flush()

    wait_for(send("initialize", {"clientInfo": {"name": "stdio_sample", "title": "Stdio sample", "version": "1.0.0"}}))
    thread = wait_for(send("thread/start", {"cwd": os.getcwd()}))["thread"]
    wait_for(send("turn/start", {"threadId": thread["id"], "input": [{"type": "text", "text": args.prompt}]}))
    try:
        for line in server.stdout:
            handle(json.loads(line))
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
