"""Convert the legacy export from Latin-1 to UTF-8."""
import os
import subprocess

env = dict(os.environ, LC_ALL="C")
out = subprocess.run(["iconv", "-f", "LATIN1", "-t", "UTF-8", "export.txt"],
                     env=env, capture_output=True, check=True)
with open("export.utf8.txt", "wb") as fh:
    fh.write(out.stdout)
print(len(out.stdout), "bytes converted")
