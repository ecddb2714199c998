import socket

for host in ("example.org", "python.org", "localhost"):
    try:
        print(host, socket.gethostbyname(host))
    except OSError as exc:
        print(host, "failed", exc)
