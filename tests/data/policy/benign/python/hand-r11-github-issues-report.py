# Ordinary API client: lists the open issues of a GitHub repository with a token
# taken from GITHUB_TOKEN (sent only to api.github.com) and prints a label summary.
import json
import os
import sys
import urllib.parse
import urllib.request
from collections import Counter

API = "https://api.github.com"


def get(path, params=None, token=None):
    url = API + path
    if params:
        url += "?" + urllib.parse.urlencode(params)
    req = urllib.request.Request(url, headers={"Accept": "application/vnd.github+json"})
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.load(resp), resp.headers.get("Link", "")


def open_issues(repo, token):
    page = 1
    while True:
        items, link = get(f"/repos/{repo}/issues",
                          {"state": "open", "per_page": 100, "page": page}, token)
        for item in items:
            if "pull_request" not in item:
                yield item
        if 'rel="next"' not in link:
            break
        page += 1


def main():
    repo = sys.argv[1] if len(sys.argv) > 1 else "python/cpython"
    token = os.environ.get("GITHUB_TOKEN")
    labels = Counter()
    total = 0
    for issue in open_issues(repo, token):
        total += 1
        for label in issue.get("labels", []):
            labels[label["name"]] += 1
    print(f"{repo}: {total} open issues")
    for name, n in labels.most_common(15):
        print(f"  {n:5d}  {name}")


if __name__ == "__main__":
    main()
