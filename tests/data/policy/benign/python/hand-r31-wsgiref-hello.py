"""A tiny WSGI app served with wsgiref for local testing."""
from wsgiref.simple_server import make_server
from wsgiref.util import setup_testing_defaults


def app(environ, start_response):
    setup_testing_defaults(environ)
    path = environ.get("PATH_INFO", "/")
    start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
    return [f"hello from {path}\n".encode()]


if __name__ == "__main__":
    with make_server("127.0.0.1", 8000, app) as httpd:
        print("serving on http://127.0.0.1:8000")
        httpd.handle_request()
