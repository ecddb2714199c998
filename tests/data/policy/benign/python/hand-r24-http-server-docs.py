"""Serve the built documentation for a local preview."""
import functools
import http.server
import os

folder = os.path.join(os.getcwd(), "docs", "_build", "html")
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=folder)
with http.server.ThreadingHTTPServer(("127.0.0.1", 8000), handler) as srv:
    print("docs at http://127.0.0.1:8000/")
    srv.serve_forever()
