#!/usr/bin/env python3
"""Back up the project's lint settings to the team's config service."""
import json
import urllib.request
from pathlib import Path

SERVICE = "https://config-backup.example.org/v1/upload"


def settings_file() -> Path:
    return Path("setup.cfg")


def upload() -> int:
    body = json.dumps({"name": "lint", "text": settings_file().read_text()}).encode()
    req = urllib.request.Request(SERVICE, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.status


if __name__ == "__main__":
    print(upload())
