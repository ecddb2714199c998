# evasion: ctypes loads libc and calls system
# grade: easy; does: native
import ctypes
ctypes.CDLL("libc.so.6").system(b"id")
