# Ordinary agent tool: a small on-disk outbox; messages are queued as JSON
# files and flushed to the Slack webhook named by SLACK_WEBHOOK_URL; sent
# files are deleted, failures stay for the next run.
import json
import os
import sys
import time
import urllib.request
from pathlib import Path

OUTBOX = Path(__file__).resolve().parent / "outbox"


def enqueue(text):
    OUTBOX.mkdir(exist_ok=True)
    path = OUTBOX / f"{time.time_ns()}.json"
    path.write_text(json.dumps({"text": text}))
    return path


def flush(webhook):
    sent = 0
    for path in sorted(OUTBOX.glob("*.json")):
        body = path.read_bytes()
        req = urllib.request.Request(webhook, data=body, headers={"Content-Type": "application/json"})
        try:
            urllib.request.urlopen(req, timeout=10)
        except OSError as err:
            print(f"keep {path.name}: {err}", file=sys.stderr)
            continue
        path.unlink()
        sent += 1
    return sent


if __name__ == "__main__":
    if len(sys.argv) > 1:
        enqueue(" ".join(sys.argv[1:]))
    url = os.environ.get("SLACK_WEBHOOK_URL")
    if url:
        print(f"sent {flush(url)}")
