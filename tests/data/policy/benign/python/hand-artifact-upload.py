#!/usr/bin/env python3
"""Upload a build artifact to a pre-signed URL (from ARTIFACT_UPLOAD_URL),
with its SHA-256 in a header, and retry on server errors."""
import hashlib
import os
import sys
import time

import requests


def sha256_of(path, chunk=1 << 20):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            h.update(block)
    return h.hexdigest()


def upload(path, url, attempts=4):
    digest = sha256_of(path)
    headers = {"Content-Type": "application/octet-stream", "x-amz-meta-sha256": digest}
    for attempt in range(1, attempts + 1):
        with open(path, "rb") as fh:
            resp = requests.put(url, data=fh, headers=headers, timeout=60)
        if resp.status_code < 500:
            resp.raise_for_status()
            return digest
        wait = 2 ** attempt
        print(f"attempt {attempt}: {resp.status_code}, retrying in {wait}s", file=sys.stderr)
        time.sleep(wait)
    raise RuntimeError("upload failed after retries")


def main():
    if len(sys.argv) != 2:
        print("usage: artifact-upload FILE", file=sys.stderr)
        return 2
    url = os.environ.get("ARTIFACT_UPLOAD_URL")
    if not url:
        print("ARTIFACT_UPLOAD_URL is not set", file=sys.stderr)
        return 2
    digest = upload(sys.argv[1], url)
    print(f"uploaded {os.path.basename(sys.argv[1])} sha256={digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
