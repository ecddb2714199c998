#!/usr/bin/env python3
"""Which of the given addresses are inside 10.0.0.0/8; the result saved."""
import json
import socket
import struct
import sys


def as_int(packed):
    return struct.unpack("!I", packed)[0]


def main():
    addrs = sys.argv[1:] or ["10.1.2.3", "192.168.0.4", "10.255.0.1"]
    net, mask = as_int(socket.inet_aton("10.0.0.0")), 0xFF000000
    inside = [a for a, n in zip(addrs, map(as_int, map(socket.inet_aton, addrs)))
              if n & mask == net]
    with open("inside-10-8.json", "w") as fh:
        json.dump(inside, fh)
    print(len(inside), "of", len(addrs), "inside 10.0.0.0/8")


if __name__ == "__main__":
    main()
