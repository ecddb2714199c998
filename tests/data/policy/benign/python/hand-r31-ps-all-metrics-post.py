"""Post the longest-running processes to the metrics endpoint."""
import json
import subprocess
import urllib.request

out = subprocess.run(["ps", "-eo", "pid,etimes,comm", "--sort=-etimes"],
                     capture_output=True, text=True, check=True).stdout.splitlines()[1:11]
rows = [dict(zip(("pid", "seconds", "command"), line.split(None, 2))) for line in out]
req = urllib.request.Request("https://metrics.example.net/ps", data=json.dumps(rows).encode(),
                             headers={"Content-Type": "application/json"})
urllib.request.urlopen(req, timeout=10)
print(len(rows), "rows posted")
