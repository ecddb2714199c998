"""Upload the project's build summary."""
import json
import urllib.request

with open("build/summary.json") as fh:
    summary = json.load(fh)
req = urllib.request.Request(
    "https://ci.example.org/api/summary",
    data=json.dumps(summary).encode(),
    headers={"Content-Type": "application/json"},
)
urllib.request.urlopen(req)
