"""Rename a function across a file with an ex script."""
import subprocess
import sys

old, new, path = (sys.argv[1:4] + ["old_name", "new_name", "module.py"][len(sys.argv[1:4]):])
script = f"%s/\\<{old}\\>/{new}/ge\nx\n"
subprocess.run(["ex", "-s", path], input=script, text=True, check=True)
print(f"renamed {old} -> {new} in {path}")
