# Ordinary: checks that the host names listed in a file resolve, printing the
# addresses (socket.getaddrinfo) or the error, with a thread pool.
import socket
import sys
from concurrent.futures import ThreadPoolExecutor


def resolve(host):
    try:
        infos = socket.getaddrinfo(host, 443, proto=socket.IPPROTO_TCP)
        return host, sorted({i[4][0] for i in infos}), None
    except socket.gaierror as exc:
        return host, [], str(exc)


def main(path):
    with open(path) as fh:
        hosts = [l.strip() for l in fh if l.strip() and not l.startswith("#")]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for host, addrs, err in pool.map(resolve, hosts):
            print(f"{host:<40} {'FAIL ' + err if err else ', '.join(addrs)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "hosts.txt")
