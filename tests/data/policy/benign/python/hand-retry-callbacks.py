"""Fetch JSON documents with retries; the helpers take the function they run."""
import json
import os
import sys
import time
import urllib.request


def retry(fn, *args, attempts=3, delay=0.5):
    for i in range(attempts):
        try:
            return fn(*args)
        except OSError as e:
            if i == attempts - 1:
                raise
            print("retrying after %s" % e, file=sys.stderr)
            time.sleep(delay * (2 ** i))


def pick(parser):
    return parser


def fetch(url):
    req = urllib.request.Request(url, headers={"Authorization": "Bearer " + os.environ.get("API_TOKEN", "")})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.read().decode()


def main():
    base = os.environ.get("API_BASE", "https://api.example.com")
    text = retry(fetch, base + "/v1/items")
    items = pick(json.loads)(text)
    counts = retry(len, items)
    print("items:", counts)
    print(retry(sorted, [i.get("name", "") for i in items])[:5])


if __name__ == "__main__":
    main()
