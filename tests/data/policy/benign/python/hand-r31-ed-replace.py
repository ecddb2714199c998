"""Bump the version string in setup.cfg with an ed script."""
import subprocess
import sys

new = sys.argv[1] if len(sys.argv) > 1 else "1.2.3"
script = f"/^version = /s/= .*/= {new}/\nw\nq\n"
subprocess.run(["ed", "-s", "setup.cfg"], input=script, text=True, check=True)
print("version set to", new)
