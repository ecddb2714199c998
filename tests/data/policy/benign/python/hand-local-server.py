#!/usr/bin/env python3
"""A tiny JSON API on localhost, exercised by a client in the same process."""
import http.server
import json
import threading
import urllib.request

ITEMS = {"1": {"name": "widget", "qty": 4}, "2": {"name": "gadget", "qty": 0}}


class Handler(http.server.BaseHTTPRequestHandler):
    def _send(self, code, payload):
        body = json.dumps(payload).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        parts = [p for p in self.path.split("/") if p]
        if parts == ["items"]:
            self._send(200, ITEMS)
        elif len(parts) == 2 and parts[0] == "items" and parts[1] in ITEMS:
            self._send(200, ITEMS[parts[1]])
        else:
            self._send(404, {"error": "not found"})

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        data = json.loads(self.rfile.read(length) or b"{}")
        new_id = str(max(map(int, ITEMS)) + 1)
        ITEMS[new_id] = {"name": data.get("name", "?"), "qty": int(data.get("qty", 0))}
        self._send(201, {"id": new_id})

    def log_message(self, fmt, *args):
        pass


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    base = f"http://127.0.0.1:{port}"
    try:
        req = urllib.request.Request(base + "/items", method="POST",
                                     data=json.dumps({"name": "doohickey", "qty": 7}).encode())
        with urllib.request.urlopen(req) as r:
            print("created", json.load(r))
        with urllib.request.urlopen(base + "/items") as r:
            for k, v in json.load(r).items():
                print(k, v["name"], v["qty"])
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
