"""Draft release notes from merged pull requests since the last tag.

Reads GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) from the environment.
"""
import argparse
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

API = "https://api.github.com"


def api_get(path, token, params=None):
    url = API + path
    if params:
        url += "?" + urllib.parse.urlencode(params)
    req = urllib.request.Request(url)
    req.add_header("Accept", "application/vnd.github+json")
    req.add_header("Authorization", f"Bearer {token}")
    req.add_header("X-GitHub-Api-Version", "2022-11-28")
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.load(resp)


def latest_tag_date(repo, token):
    releases = api_get(f"/repos/{repo}/releases", token, {"per_page": 1})
    if not releases:
        return None
    return releases[0]["published_at"]


def merged_since(repo, token, since):
    pulls = api_get(
        f"/repos/{repo}/pulls",
        token,
        {"state": "closed", "sort": "updated", "direction": "desc", "per_page": 100},
    )
    out = []
    for pr in pulls:
        if not pr.get("merged_at"):
            continue
        if since and pr["merged_at"] <= since:
            continue
        out.append(pr)
    return out


def group(pulls):
    sections = {"Features": [], "Fixes": [], "Other": []}
    for pr in pulls:
        labels = {label["name"] for label in pr.get("labels", [])}
        if "bug" in labels:
            sections["Fixes"].append(pr)
        elif "enhancement" in labels:
            sections["Features"].append(pr)
        else:
            sections["Other"].append(pr)
    return sections


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repo", default=os.environ.get("GITHUB_REPOSITORY"))
    parser.add_argument("--out", default="RELEASE_NOTES.md")
    args = parser.parse_args()
    token = os.environ.get("GITHUB_TOKEN")
    if not token or not args.repo:
        sys.exit("GITHUB_TOKEN and --repo are required")
    try:
        since = latest_tag_date(args.repo, token)
        pulls = merged_since(args.repo, token, since)
    except urllib.error.HTTPError as exc:
        sys.exit(f"GitHub API error: {exc.code} {exc.reason}")
    lines = [f"# Changes since {since or 'the beginning'}", ""]
    for title, items in group(pulls).items():
        if not items:
            continue
        lines.append(f"## {title}")
        lines.extend(f"- {pr['title']} (#{pr['number']}, @{pr['user']['login']})" for pr in items)
        lines.append("")
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    print(f"wrote {args.out} with {len(pulls)} pull requests")


if __name__ == "__main__":
    main()
