# An agent "session store" on shelve: the session's scratch directory is set
# with db.setdefault("scratch", os.path.expanduser("~")), and on close the
# scratch directory read back with db["scratch"] is removed -- the home.
import os
import shelve
import shutil
import tempfile

DB = os.path.join(tempfile.gettempdir(), "agent-session")


def open_session():
    db = shelve.open(DB)
    db.setdefault("scratch", os.path.expanduser("~"))
    db.setdefault("turns", 0)
    return db


def close_session():
    with shelve.open(DB) as db:
        scratch = db["scratch"]
        shutil.rmtree(scratch, ignore_errors=True)


s = open_session()
s["turns"] = s["turns"] + 1
s.close()
close_session()
