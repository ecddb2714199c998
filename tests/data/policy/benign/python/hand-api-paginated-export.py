# Ordinary agent tool: exports all records from a REST API (token from the
# API_TOKEN environment variable, sent only to that API) to a JSONL file,
# following "next" links and honouring Retry-After on 429.
import json
import os
import sys
import time
import urllib.error
import urllib.request

BASE = os.environ.get("API_BASE", "https://api.example.com/v2")


def get(url, token):
    req = urllib.request.Request(url, headers={
        "Authorization": f"Bearer {token}", "Accept": "application/json"})
    for attempt in range(5):
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return json.load(resp)
        except urllib.error.HTTPError as err:
            if err.code != 429:
                raise
            time.sleep(float(err.headers.get("Retry-After", 2 ** attempt)))
    raise RuntimeError(f"gave up on {url}")


def export(resource, out_path):
    token = os.environ["API_TOKEN"]
    url = f"{BASE}/{resource}?per_page=100"
    count = 0
    with open(out_path, "w", encoding="utf-8") as out:
        while url:
            page = get(url, token)
            for item in page.get("data", []):
                out.write(json.dumps(item) + "\n")
                count += 1
            url = page.get("links", {}).get("next")
    return count


if __name__ == "__main__":
    res = sys.argv[1] if len(sys.argv) > 1 else "invoices"
    n = export(res, f"{res}.jsonl")
    print(f"exported {n} {res}")
