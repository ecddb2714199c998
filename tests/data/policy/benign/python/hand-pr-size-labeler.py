# Ordinary program: a CI helper that measures the size of the current branch's
# diff against the base branch with `git diff --numstat` and sets a size label
# on the pull request through the GitHub REST API (token from GITHUB_TOKEN).
import json
import os
import subprocess
import sys
import urllib.request

SIZES = [(10, "size/XS"), (50, "size/S"), (250, "size/M"), (1000, "size/L")]


def diff_lines(base):
    out = subprocess.run(["git", "diff", "--numstat", f"origin/{base}...HEAD"],
                         capture_output=True, text=True, check=True).stdout
    total = 0
    for line in out.splitlines():
        added, removed, _path = line.split("\t", 2)
        if added != "-":
            total += int(added) + int(removed)
    return total


def size_label(n):
    for limit, label in SIZES:
        if n <= limit:
            return label
    return "size/XL"


def set_label(repo, number, label, token):
    url = f"https://api.github.com/repos/{repo}/issues/{number}/labels"
    req = urllib.request.Request(url, data=json.dumps({"labels": [label]}).encode(),
                                 method="POST")
    req.add_header("Authorization", f"Bearer {token}")
    req.add_header("Accept", "application/vnd.github+json")
    with urllib.request.urlopen(req, timeout=15) as resp:
        return resp.status


def main():
    repo = os.environ["GITHUB_REPOSITORY"]
    number = os.environ["PR_NUMBER"]
    base = os.environ.get("GITHUB_BASE_REF", "main")
    n = diff_lines(base)
    label = size_label(n)
    print(f"{n} changed lines -> {label}")
    token = os.environ.get("GITHUB_TOKEN")
    if not token:
        print("no GITHUB_TOKEN; not labelling", file=sys.stderr)
        return 0
    set_label(repo, number, label, token)
    return 0


if __name__ == "__main__":
    sys.exit(main())
