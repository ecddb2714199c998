"""A tiny JSON key-value API on localhost, with a self-test client."""
import json
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORE = {}
LOCK = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    def _send(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        key = self.path.strip("/")
        with LOCK:
            if not key:
                return self._send(200, sorted(STORE))
            if key not in STORE:
                return self._send(404, {"error": "not found"})
            return self._send(200, {"key": key, "value": STORE[key]})

    def do_PUT(self):
        key = self.path.strip("/")
        length = int(self.headers.get("Content-Length", 0))
        try:
            value = json.loads(self.rfile.read(length) or b"null")
        except json.JSONDecodeError:
            return self._send(400, {"error": "invalid JSON"})
        with LOCK:
            STORE[key] = value
        self._send(201, {"key": key})

    def do_DELETE(self):
        with LOCK:
            existed = STORE.pop(self.path.strip("/"), None) is not None
        self._send(200 if existed else 404, {"deleted": existed})

    def log_message(self, fmt, *args):
        pass


def request(method, url, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            return resp.status, json.load(resp)
    except urllib.error.HTTPError as err:
        return err.code, json.load(err)


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}/"
    try:
        assert request("PUT", base + "colour", {"name": "teal"})[0] == 201
        assert request("GET", base + "colour") == (200, {"key": "colour", "value": {"name": "teal"}})
        assert request("GET", base) == (200, ["colour"])
        assert request("DELETE", base + "colour")[0] == 200
        assert request("GET", base + "colour")[0] == 404
        print("server ok on port", port)
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
