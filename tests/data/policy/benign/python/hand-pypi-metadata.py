#!/usr/bin/env python3
"""Report the latest PyPI version of each pinned requirement.

Uses the PyPI JSON API; an optional token (PYPI_MIRROR_TOKEN) is sent as a
bearer header when a private mirror is configured with PYPI_INDEX_URL.
"""
import argparse
import json
import logging
import os
import re
import sys
import urllib.error
import urllib.request

log = logging.getLogger("pypi-metadata")
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)")


def parse_requirements(path):
    pins = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = PIN.match(line.strip())
            if m:
                pins[m.group(1).lower()] = m.group(2)
    return pins


def latest_version(name, index, token):
    req = urllib.request.Request(f"{index.rstrip('/')}/{name}/json")
    req.add_header("Accept", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(req, timeout=15) as resp:
        payload = json.load(resp)
    return payload["info"]["version"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("requirements", nargs="?", default="requirements.txt")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))

    index = os.environ.get("PYPI_INDEX_URL", "https://pypi.org/pypi")
    token = os.environ.get("PYPI_MIRROR_TOKEN")
    rows = []
    for name, pinned in sorted(parse_requirements(args.requirements).items()):
        try:
            latest = latest_version(name, index, token)
        except urllib.error.HTTPError as exc:
            log.warning("%s: HTTP %s", name, exc.code)
            continue
        rows.append({"name": name, "pinned": pinned, "latest": latest,
                     "outdated": pinned != latest})
    if args.json:
        json.dump(rows, sys.stdout, indent=2)
        print()
    else:
        for row in rows:
            mark = "*" if row["outdated"] else " "
            print(f"{mark} {row['name']:<30} {row['pinned']:<12} {row['latest']}")
    return 1 if any(r["outdated"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
