#!/usr/bin/env python3
"""List open issues of a GitHub repository, newest first.

Reads the token from GITHUB_TOKEN (optional; unauthenticated calls are
rate-limited) and prints a table or JSON.
"""
import argparse
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

API = "https://api.github.com"


def fetch_issues(repo, state="open", per_page=30, token=None):
    query = urllib.parse.urlencode({"state": state, "per_page": per_page})
    url = f"{API}/repos/{repo}/issues?{query}"
    headers = {"Accept": "application/vnd.github+json", "User-Agent": "issue-lister"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return json.load(resp)
    except urllib.error.HTTPError as e:
        sys.exit(f"GitHub answered {e.code}: {e.reason}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("repo", help="owner/name")
    ap.add_argument("--state", default="open", choices=["open", "closed", "all"])
    ap.add_argument("--limit", type=int, default=20)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    token = os.environ.get("GITHUB_TOKEN")
    issues = [i for i in fetch_issues(args.repo, args.state, args.limit, token)
              if "pull_request" not in i]
    if args.json:
        json.dump([{"number": i["number"], "title": i["title"]} for i in issues],
                  sys.stdout, indent=2)
        print()
        return 0
    for i in issues:
        labels = ",".join(l["name"] for l in i.get("labels", []))
        print(f"#{i['number']:<6} {i['title'][:70]:<70} {labels}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
