import os
import socket

host = os.getenv("DB_HOST", "localhost")
port = int(os.getenv("DB_PORT", "5432"))
for family, _, _, _, addr in socket.getaddrinfo(host, port):
    print(family, addr)
