#!/usr/bin/env python3
"""Which files change the most? Summarise `git log --numstat` for a repository."""
import argparse
import collections
import subprocess
import sys


def git(repo, *args):
    result = subprocess.run(
        ["git", "-C", repo, *args],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def churn(repo, since):
    out = git(repo, "log", f"--since={since}", "--numstat", "--format=%H")
    added = collections.Counter()
    removed = collections.Counter()
    commits = collections.Counter()
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        a, r, path = parts
        if a == "-":  # binary file
            continue
        added[path] += int(a)
        removed[path] += int(r)
        commits[path] += 1
    return added, removed, commits


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("repo", nargs="?", default=".")
    ap.add_argument("--since", default="90 days ago")
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args(argv)
    try:
        git(args.repo, "rev-parse", "--git-dir")
    except subprocess.CalledProcessError:
        print(f"{args.repo} is not a git repository", file=sys.stderr)
        return 2
    added, removed, commits = churn(args.repo, args.since)
    total = {p: added[p] + removed[p] for p in commits}
    width = max((len(p) for p in total), default=10)
    print(f"{'file':<{width}}  commits  +lines  -lines")
    for path, _ in sorted(total.items(), key=lambda kv: kv[1], reverse=True)[: args.top]:
        print(f"{path:<{width}}  {commits[path]:>7}  {added[path]:>6}  {removed[path]:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
