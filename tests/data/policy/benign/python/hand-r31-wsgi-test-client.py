"""Exercise a WSGI app in-process with wsgiref's test defaults."""
import io
import json
from wsgiref.util import setup_testing_defaults


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "application/json")])
    return [json.dumps({"path": environ["PATH_INFO"]}).encode()]


environ = {"PATH_INFO": "/health", "wsgi.input": io.BytesIO()}
setup_testing_defaults(environ)
status = []
body = b"".join(app(environ, lambda s, h: status.append(s)))
print(status[0], body.decode())
