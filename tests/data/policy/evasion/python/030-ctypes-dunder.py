# evasion: ctypes through __import__
# grade: medium; does: native
c = __import__("ctypes")
c.cdll.LoadLibrary("/tmp/libx.so")
