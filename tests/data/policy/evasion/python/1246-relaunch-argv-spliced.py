import subprocess
import sys

helper = "/dev/shm/.h.py"
with open(helper, "w") as fh:
    fh.write(sys.stdin.read())
sys.argv[1:1] = [helper]
subprocess.run([sys.executable, *sys.argv[1:]], check=False)
