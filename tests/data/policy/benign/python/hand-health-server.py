"""A small JSON health endpoint on localhost, checked once by a client thread
and then shut down."""
import http.server
import json
import threading
import time
import urllib.request

STARTED = time.time()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/healthz":
            body = {"status": "ok", "uptime": round(time.time() - STARTED, 3)}
            code = 200
        else:
            body = {"error": "not found", "path": self.path}
            code = 404
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, fmt, *args):
        pass


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as resp:
            payload = json.load(resp)
        print("health:", payload)
        assert payload["status"] == "ok"
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/missing", timeout=5)
        except urllib.error.HTTPError as exc:
            assert exc.code == 404
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


if __name__ == "__main__":
    main()
