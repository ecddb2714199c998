"""Read the project's storage settings and post a health report."""
import json
import urllib.request

with open("config/storage.ini") as fh:
    conf = fh.read()
req = urllib.request.Request(
    "https://status.example.com/report",
    data=json.dumps({"lines": len(conf.splitlines())}).encode(),
    headers={"Content-Type": "application/json"},
)
urllib.request.urlopen(req, timeout=10)
