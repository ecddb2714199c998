#!/usr/bin/python3
"""The egress tests' destinations, inside the network namespace the test made
(tests/egress/ns.sh): HTTP and HTTPS servers on test addresses, and a UDP
listener standing for DNS. Every request and datagram is logged to DIR/hits
as one line: "ADDR PORT METHOD PATH HOST". DIR/ready appears when all
listen.

usage: servers.py DIR local|remote   (DIR holds server.pem and server.key)
  local: the addresses of the proxy's own namespace (loopback, private,
         metadata); remote: the "public" hosts, in a namespace of their own
         behind a veth pair (ns.sh), so that they are not the proxy's host's
         own addresses.
"""
import base64
import hashlib
import http.server
import io
import os
import socket
import socketserver
import ssl
import sys
import threading
import zipfile

DIR, MODE = sys.argv[1], sys.argv[2]
LOG_LOCK = threading.Lock()

# (address, port, tls)
# 203.0.113.10 and 198.51.100.7 (documentation ranges, unrouted) stand for
# public hosts: api.test and other.test.
if MODE == "remote":
    PLAIN = [("203.0.113.10", 80), ("203.0.113.10", 8080), ("198.51.100.7", 80)]
    TLS = [("203.0.113.10", 443), ("198.51.100.7", 443)]
    UDP = []
else:
    PLAIN = [("10.1.2.3", 80), ("10.9.9.9", 80), ("192.168.5.5", 80), ("169.254.169.254", 80),
             ("127.0.0.1", 80), ("127.0.0.1", 8080), ("::1", 80), ("fd00:ec2::254", 80)]
    TLS = [("10.1.2.3", 443)]
    UDP = [("10.1.2.3", 53)]


def demo_wheel():
    """A real wheel of a package "airlock-demo" 1.0, for pip."""
    files = {
        "airlock_demo/__init__.py": b"VALUE = 42\n",
        "airlock_demo-1.0.dist-info/METADATA":
            b"Metadata-Version: 2.1\nName: airlock-demo\nVersion: 1.0\n",
        "airlock_demo-1.0.dist-info/WHEEL":
            b"Wheel-Version: 1.0\nGenerator: airlock-tests\nRoot-Is-Purelib: true\n"
            b"Tag: py3-none-any\n",
    }
    record = ""
    for name, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
        record += f"{name},sha256={digest.decode()},{len(data)}\n"
    record += "airlock_demo-1.0.dist-info/RECORD,,\n"
    files["airlock_demo-1.0.dist-info/RECORD"] = record.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


# A package index as pip reads it (PEP 503): the project's page links the
# wheel with its hash.
WHEEL = demo_wheel()
WHEEL_NAME = "airlock_demo-1.0-py3-none-any.whl"
INDEX = (f'<!DOCTYPE html><html><body><a href="/files/{WHEEL_NAME}'
         f'#sha256={hashlib.sha256(WHEEL).hexdigest()}">{WHEEL_NAME}</a></body></html>\n').encode()


def log(line):
    with LOG_LOCK, open(os.path.join(DIR, "hits"), "a") as f:
        f.write(line + "\n")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self):
        addr, port = self.server.server_address[:2]
        host = self.headers.get("Host", "-")
        log(f"{addr} {port} {self.command} {self.path} {host}")
        length = int(self.headers.get("Content-Length") or 0)
        body_in = self.rfile.read(length) if length else b""
        if self.path.startswith("/big/"):
            size = int(self.path[5:])
            # sendfile, as a real server would: the benchmark measures the
            # proxy, not Python's copying
            path = os.path.join(DIR, f"big-{size}")
            if not os.path.exists(path):
                with open(path + ".tmp", "wb") as f:
                    f.truncate(size)
                os.replace(path + ".tmp", path)
            self.send_response(200)
            self.send_header("Content-Length", str(size))
            self.end_headers()
            self.wfile.flush()
            with open(path, "rb") as f:
                self.connection.sendfile(f)
            return
        ctype = "text/plain"
        if self.path == "/simple/airlock-demo/":
            body, ctype = INDEX, "text/html"
        elif self.path == "/files/" + WHEEL_NAME:
            body, ctype = WHEEL, "application/octet-stream"
        else:
            body = f"hello from {addr}:{port} host={host} path={self.path} body={len(body_in)}\n"
            body = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_HEAD = answer


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr, port, tls):
        self.address_family = socket.AF_INET6 if ":" in addr else socket.AF_INET
        super().__init__((addr, port), Handler)
        if tls:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(os.path.join(DIR, "server.pem"), os.path.join(DIR, "server.key"))
            self.socket = ctx.wrap_socket(self.socket, server_side=True)


def udp(addr, port):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((addr, port))
    def serve():
        while True:
            data, peer = s.recvfrom(2048)
            log(f"{addr} {port} UDP {len(data)} -")
    threading.Thread(target=serve, daemon=True).start()


def main():
    servers = [Server(a, p, False) for a, p in PLAIN] + [Server(a, p, True) for a, p in TLS]
    for s in servers:
        threading.Thread(target=s.serve_forever, daemon=True).start()
    for a, p in UDP:
        udp(a, p)
    open(os.path.join(DIR, "ready-" + MODE), "w").close()
    threading.Event().wait()


main()
