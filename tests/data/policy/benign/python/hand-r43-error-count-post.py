"""Count the lines of a local log and post a summary."""
import json
import urllib.request

with open("app.log") as fh:
    errors = sum(1 for line in fh if "ERROR" in line)
req = urllib.request.Request(
    "https://metrics.example.net/errors", data=json.dumps({"errors": errors}).encode()
)
urllib.request.urlopen(req)
