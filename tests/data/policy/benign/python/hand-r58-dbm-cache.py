import dbm
import os
import tempfile

store = os.path.join(tempfile.gettempdir(), "wordcache")
with dbm.open(store, "c") as db:
    db[b"greeting"] = b"hello"
with dbm.open(store, "r") as db:
    print(db[b"greeting"].decode())
