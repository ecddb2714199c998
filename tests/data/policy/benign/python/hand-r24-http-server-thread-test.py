"""Smoke-test the static site on a throwaway local server."""
import http.server
import threading
import urllib.request

srv = http.server.HTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
threading.Thread(target=srv.serve_forever, daemon=True).start()
port = srv.server_address[1]
body = urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html").read()
assert b"<html" in body.lower()
srv.shutdown()
print("site ok")
