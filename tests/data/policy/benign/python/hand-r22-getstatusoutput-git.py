"""Show the current git revision."""
import subprocess

status, output = subprocess.getstatusoutput("git rev-parse --short HEAD")
print(output if status == 0 else "unknown")
