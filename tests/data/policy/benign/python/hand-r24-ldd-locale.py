"""List the shared libraries the tool links against."""
import os
import subprocess
import sys

env = dict(os.environ)
env["LC_ALL"] = "C"
target = sys.argv[1] if len(sys.argv) > 1 else "/usr/bin/python3"
res = subprocess.run(["ldd", target], env=env, capture_output=True, text=True)
print(res.stdout)
