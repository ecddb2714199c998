# evasion: ctypes loaded through importlib.util.find_spec / module_from_spec / loader.exec_module under another name, libc's system called through it
# grade: hard; does: native
import importlib.util

spec = importlib.util.find_spec("c" + "types")
ffi = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ffi)

libc = getattr(ffi, "CDLL")(None)
libc.system(b"id > /tmp/native-ok")
