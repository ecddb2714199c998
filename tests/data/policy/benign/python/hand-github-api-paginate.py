# Ordinary: lists open pull requests of a repository through the GitHub REST
# API, following Link: rel="next" pagination, authenticated with GITHUB_TOKEN.
import json
import os
import re
import sys
import urllib.request

API = "https://api.github.com"


def get_pages(url, token):
    while url:
        req = urllib.request.Request(url, headers={"Accept": "application/vnd.github+json"})
        if token:
            req.add_header("Authorization", f"Bearer {token}")
        with urllib.request.urlopen(req, timeout=20) as resp:
            yield json.load(resp)
            m = re.search(r'<([^>]+)>;\s*rel="next"', resp.headers.get("Link", ""))
            url = m.group(1) if m else None


def main(repo):
    token = os.environ.get("GITHUB_TOKEN")
    for page in get_pages(f"{API}/repos/{repo}/pulls?state=open&per_page=50", token):
        for pr in page:
            print(f"#{pr['number']:>5} {pr['user']['login']:<16} {pr['title']}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "python/cpython")
