#!/usr/bin/env python3
"""Logs the JSON-RPC text frames between a WebSocket client and server: ws_relay.py LISTEN_PORT SERVER_PORT LOGFILE."""
import asyncio, sys, json, time
LISTEN, TARGET, LOG = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
log = open(LOG, "a", buffering=1)

async def pump(reader, writer, direction, handshake):
    buf = b""
    if handshake:
        while b"\r\n\r\n" not in buf:
            chunk = await reader.read(65536)
            if not chunk: return
            buf += chunk
        head, buf = buf.split(b"\r\n\r\n", 1)
        writer.write(head + b"\r\n\r\n"); await writer.drain()
        log.write(f"{direction} HANDSHAKE {head[:200]!r}\n")
    frag = b""
    while True:
        while True:
            if len(buf) >= 2:
                b1, b2 = buf[0], buf[1]; ln = b2 & 0x7f; off = 2
                if ln == 126:
                    if len(buf) < 4: break
                    ln = int.from_bytes(buf[2:4], "big"); off = 4
                elif ln == 127:
                    if len(buf) < 10: break
                    ln = int.from_bytes(buf[2:10], "big"); off = 10
                masked = b2 & 0x80
                if masked: off += 4
                if len(buf) < off + ln: break
                payload = buf[off:off+ln]
                if masked:
                    key = buf[off-4:off]; payload = bytes(c ^ key[i % 4] for i, c in enumerate(payload))
                op = b1 & 0x0f
                frag += payload
                if b1 & 0x80:
                    if op in (0, 1, 2):
                        log.write(f"{time.time():.3f} {direction} {frag.decode('utf-8','replace')}\n")
                    frag = b""
                writer.write(buf[:off+ln]); await writer.drain()
                buf = buf[off+ln:]
            else:
                break
        chunk = await reader.read(65536)
        if not chunk:
            writer.close(); return
        buf += chunk

async def handle(cr, cw):
    sr, sw = await asyncio.open_connection("127.0.0.1", TARGET)
    await asyncio.gather(pump(cr, sw, ">", True), pump(sr, cw, "<", True), return_exceptions=True)

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", LISTEN)
    async with server: await server.serve_forever()
asyncio.run(main())
