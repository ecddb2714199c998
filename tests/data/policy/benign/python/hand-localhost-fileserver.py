#!/usr/bin/env python3
"""Serve a temporary directory on localhost, fetch a file back and check it, then clean up."""
import functools
import hashlib
import http.server
import shutil
import tempfile
import threading
import urllib.request
from pathlib import Path


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass


def start_server(root):
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


def main():
    root = Path(tempfile.mkdtemp(prefix="serve-"))
    server = None
    try:
        payload = b"".join(f"line {i}\n".encode() for i in range(1000))
        (root / "data.txt").write_bytes(payload)
        server = start_server(root)
        port = server.server_address[1]
        url = f"http://127.0.0.1:{port}/data.txt"
        with urllib.request.urlopen(url, timeout=5) as resp:
            body = resp.read()
            ctype = resp.headers.get("Content-Type")
        same = hashlib.sha256(body).digest() == hashlib.sha256(payload).digest()
        print(f"fetched {len(body)} bytes ({ctype}) from {url}: {'ok' if same else 'MISMATCH'}")
        return 0 if same else 1
    finally:
        if server is not None:
            server.shutdown()
            server.server_close()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
