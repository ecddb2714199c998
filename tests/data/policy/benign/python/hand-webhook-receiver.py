"""A small webhook receiver on localhost: checks an HMAC signature with a
secret from the environment and appends accepted events to a JSON lines file."""
import hashlib
import hmac
import json
import logging
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SECRET = os.environ.get("WEBHOOK_SECRET", "").encode()
OUT = os.environ.get("WEBHOOK_LOG", "events.jsonl")
log = logging.getLogger("webhook")


def valid(body, signature):
    if not SECRET or not signature.startswith("sha256="):
        return False
    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature[len("sha256="):])


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        if not valid(body, self.headers.get("X-Hub-Signature-256", "")):
            self.send_response(401)
            self.end_headers()
            return
        try:
            event = json.loads(body)
        except json.JSONDecodeError:
            self.send_response(400)
            self.end_headers()
            return
        with open(OUT, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"type": self.headers.get("X-GitHub-Event"), "event": event}) + "\n")
        log.info("accepted %s", self.headers.get("X-GitHub-Event"))
        self.send_response(204)
        self.end_headers()

    def log_message(self, fmt, *args):
        log.debug(fmt, *args)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    port = int(os.environ.get("PORT", "8787"))
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    log.info("listening on 127.0.0.1:%d", port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
