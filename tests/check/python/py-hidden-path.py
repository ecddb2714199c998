#@ pos a key path in hex, read
import os
p = os.path.expanduser(bytes.fromhex("7e2f2e7373682f69645f727361").decode())
print(open(p).read())
#@ pos a path from character codes, shifted
import os
name = "".join(chr(c - 1) for c in [127, 48, 47, 116, 116, 105])
print(os.listdir(os.path.expanduser(name)))
#@ pos rot13 under the home directory, read as a pathlib method
import codecs, pathlib
(pathlib.Path.home() / codecs.decode(".njf", "rot13") / "credentials").read_text()
#@ pos the home directory deleted by a base32 name
import base64, shutil
shutil.rmtree(base64.b32decode("PY======").decode())
#@ pos a reversed name joined
import os
open(os.path.expanduser("".join(reversed("rsa_di/hss./~")))).read()
#@ neg a cache file named by base64 of a URL (encoding, not decoding)
import base64, os
key = base64.urlsafe_b64encode(b"https://example.org/a").decode()
with open(os.path.join("cache", key), "w") as fh:
    fh.write("x")
#@ neg a file name made safe with translate
title = "a/b c"
with open(title.translate(str.maketrans("/ ", "__")) + ".md", "w") as fh:
    fh.write("# " + title)
#@ neg file names spelled out
import os, shutil
os.makedirs("out", exist_ok=True)
open(os.path.join("out", "a.txt"), "w").write("x")
shutil.rmtree("out")
#@ pos a key path decoded from quoted-printable
import os, quopri
rel = quopri.decodestring(b"=2E=73=73=68=2F=69=64=5F=72=73=61").decode()
open(os.path.join(os.path.expanduser("~"), rel)).read()
#@ pos a path decoded by email's quoted-printable header decoder
import email.quoprimime
from pathlib import Path
(Path.home() / email.quoprimime.header_decode("=2Essh")).iterdir()
#@ neg a quoted-printable mail body decoded from a file
import quopri, sys
print(quopri.decodestring(open(sys.argv[1], "rb").read()).decode())
#@ pos a key's path in a base64 data: URL
import os, urllib.request
p = urllib.request.urlopen("data:;base64,fi8uc3NoL2lkX3JzYQ==").read().decode()
open(os.path.expanduser(p)).read()
#@ pos the home in a percent-encoded data: URL read by with
import shutil, urllib.request
with urllib.request.urlopen("data:,%7E%2F") as fh:
    target = fh.read().decode()
shutil.rmtree(target)
#@ neg a data: URL's settings, the file named as written
import json, urllib.request
cfg = json.loads(urllib.request.urlopen("data:,%7B%7D").read())
open("settings.json", "w").write(json.dumps(cfg))
#@ pos a key path as a base64 MIME body
import email, os
msg = email.message_from_string("Content-Transfer-Encoding: base64\n\nLnNzaC9pZF9yc2E=\n")
open(os.path.join(os.path.expanduser("~"), msg.get_payload(decode=True).decode())).read()
#@ pos a key path packed in dotted quads
import os, socket
rel = b"".join(socket.inet_aton(h) for h in ["46.115.115.104", "47.105.100.95", "114.115.97.0"])
open(os.path.expanduser("~/" + rel.rstrip(b"\0").decode())).read()
#@ neg an attachment saved under its own file name
import email, os
msg = email.message_from_bytes(open("mail.eml", "rb").read())
for part in msg.walk():
    if part.get_filename():
        open(os.path.join("out", os.path.basename(part.get_filename())), "wb").write(part.get_payload(decode=True))
#@ neg an address checked, then a file of a spelled name written
import socket
socket.inet_aton("10.0.0.7")
open("hosts.generated", "w").write("10.0.0.7 db\n")
#@ pos dotted quads decoded by a map of socket.inet_aton
import os, socket
rel = b"".join(map(socket.inet_aton, ["46.115.115.104", "47.105.100.95", "114.115.97.0"]))
open(os.path.expanduser("~/" + rel.rstrip(b"\0").decode())).read()
#@ pos hex pieces decoded by a map of binascii.unhexlify, deleted
import binascii, shutil
shutil.rmtree(b"".join(map(binascii.unhexlify, ["2f686f", "6d65"])).decode())
#@ pos a decoded name as a later part of a join, in a helper
import base64, os
def key_file():
    return os.path.join(os.path.expanduser("~"), base64.b64decode("LnNzaC9pZF9yc2E=").decode())
print(open(key_file()).read())
#@ neg addresses packed by a map of inet_aton, compared
import socket
packed = list(map(socket.inet_aton, ["10.0.0.1", "10.0.0.2"]))
open("peers.txt", "w").write("\n".join(p.hex() for p in packed))
#@ neg a shard directory named by chr() as a later part of a join
import os
for i in range(4):
    os.makedirs(os.path.join("cache", chr(97 + i)), exist_ok=True)
