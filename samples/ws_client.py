#!/usr/bin/env python3
"""A minimal WebSocket client (standard library only): connects, initializes, lists threads.

    appserver --listen ws://127.0.0.1:4500 &
    python3 samples/ws_client.py ws://127.0.0.1:4500 [--token-file PATH]
"""
import argparse
import base64
import json
import os
import socket
import struct
from urllib.parse import urlparse


def connect(url, token=None):
    parsed = urlparse(url)
    sock = socket.create_connection((parsed.hostname, parsed.port))
    key = base64.b64encode(os.urandom(16)).decode()
    headers = [f"GET {parsed.path or '/'} HTTP/1.1", f"Host: {parsed.hostname}:{parsed.port}", "Upgrade: websocket",
               "Connection: Upgrade", f"Sec-WebSocket-Key: {key}", "Sec-WebSocket-Version: 13"]
    if token:
        headers.append(f"Authorization: Bearer {token}")
    sock.sendall(("\r\n".join(headers) + "\r\n\r\n").encode())
    response = sock.recv(4096).decode(errors="replace")
    status = response.split("\r\n", 1)[0]
    if " 101 " not in status:
        raise SystemExit(f"handshake refused: {status}")
    return sock


def send(sock, text):
    payload = text.encode()
    mask = os.urandom(4)
    header = bytes([0x81])
    if len(payload) < 126:
        header += bytes([0x80 | len(payload)])
    elif len(payload) < 65536:
        header += bytes([0x80 | 126]) + struct.pack(">H", len(payload))
    else:
        header += bytes([0x80 | 127]) + struct.pack(">Q", len(payload))
    sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))


def receive(sock):
    def read(n):
        data = b""
        while len(data) < n:
            chunk = sock.recv(n - len(data))
            if not chunk:
                raise SystemExit("connection closed")
            data += chunk
        return data
    first, second = read(2)
    length = second & 0x7F
    if length == 126:
        length = struct.unpack(">H", read(2))[0]
    elif length == 127:
        length = struct.unpack(">Q", read(8))[0]
    return read(length).decode()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url")
    parser.add_argument("--token-file")
    args = parser.parse_args()
    token = open(args.token_file).read().strip() if args.token_file else None
    sock = connect(args.url, token)
    send(sock, json.dumps({"id": 1, "method": "initialize", "params": {"clientInfo": {"name": "ws_sample", "version": "1.0.0"}}}))
    send(sock, json.dumps({"id": 2, "method": "thread/list", "params": {"limit": 10}}))
    answered = 0
    while answered < 2:
        message = json.loads(receive(sock))
        if "id" in message and "method" not in message:
            answered += 1
            print(json.dumps(message, indent=2))


if __name__ == "__main__":
    main()
