#!/usr/bin/env python3
"""Upload measurement rows in batches of 100."""
import itertools
import json
import sys
import urllib.request

ENDPOINT = "https://metrics.example.org/ingest"


def batches(rows, size=100):
    it = iter(rows)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def main():
    with open(sys.argv[1]) as fh:
        rows = [line.rstrip("\n").split(",") for line in fh]
    for chunk in batches(rows):
        req = urllib.request.Request(ENDPOINT, data=json.dumps(chunk).encode(),
                                     headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=10)
    print("uploaded", len(rows), "rows")


if __name__ == "__main__":
    main()
