# Ordinary program: checks that the service endpoints listed in a JSON config
# resolve in DNS and answer on their TCP port, and prints a table.
import json
import socket
import sys
import time


def load(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)["endpoints"]


def check(host, port, timeout=3.0):
    t0 = time.monotonic()
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        return "dns-fail", str(e), 0.0
    addr = infos[0][4]
    try:
        with socket.create_connection(addr[:2], timeout=timeout):
            pass
    except OSError as e:
        return "down", str(e), time.monotonic() - t0
    return "up", addr[0], time.monotonic() - t0


def main(argv):
    path = argv[0] if argv else "endpoints.json"
    bad = 0
    for ep in load(path):
        state, detail, dt = check(ep["host"], int(ep.get("port", 443)))
        print(f"{ep['host']:40s} {state:9s} {dt * 1000:7.1f} ms  {detail}")
        bad += state != "up"
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
