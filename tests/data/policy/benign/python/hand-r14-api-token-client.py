# Ordinary: lists a GitHub repository's open issues with the API, sending the
# user's GITHUB_TOKEN (if set) in the Authorization header to api.github.com.
import argparse
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

API = "https://api.github.com"


def get(path, params=None):
    url = f"{API}{path}"
    if params:
        url += "?" + urllib.parse.urlencode(params)
    headers = {"Accept": "application/vnd.github+json", "User-Agent": "issue-lister"}
    token = os.environ.get("GITHUB_TOKEN")
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(req, timeout=15) as resp:
        return json.load(resp)


def issues(repo, label=None, limit=30):
    params = {"state": "open", "per_page": min(limit, 100)}
    if label:
        params["labels"] = label
    items = get(f"/repos/{repo}/issues", params)
    return [i for i in items if "pull_request" not in i][:limit]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("repo", help="owner/name")
    ap.add_argument("--label")
    ap.add_argument("--limit", type=int, default=20)
    args = ap.parse_args(argv)
    try:
        found = issues(args.repo, args.label, args.limit)
    except urllib.error.HTTPError as exc:
        print(f"GitHub said {exc.code}: {exc.reason}", file=sys.stderr)
        return 1
    for issue in found:
        labels = ",".join(l["name"] for l in issue["labels"])
        print(f"#{issue['number']:<6} {issue['title'][:70]:<70} {labels}")
    print(f"{len(found)} open issues")
    return 0


if __name__ == "__main__":
    sys.exit(main())
