# Ordinary API client: lists all open pull requests of a repository through the
# GitHub REST API, following Link pagination, with the token from GITHUB_TOKEN.
import json
import os
import re
import sys
import urllib.request

API = "https://api.github.com"


def request(url, token):
    headers = {"Accept": "application/vnd.github+json", "User-Agent": "pr-lister"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(req, timeout=20) as resp:
        link = resp.headers.get("Link", "")
        return json.load(resp), link


def next_url(link):
    m = re.search(r'<([^>]+)>;\s*rel="next"', link)
    return m.group(1) if m else None


def pulls(repo, token):
    url = f"{API}/repos/{repo}/pulls?state=open&per_page=50"
    while url:
        page, link = request(url, token)
        yield from page
        url = next_url(link)


def main(argv):
    repo = argv[0] if argv else "python/cpython"
    token = os.environ.get("GITHUB_TOKEN")
    for pr in pulls(repo, token):
        print(f"#{pr['number']:>6} {pr['user']['login']:<20} {pr['title']}")


if __name__ == "__main__":
    main(sys.argv[1:])
