#!/usr/bin/env python3
"""Clone a repository into a temporary directory and find the first commit
where a file grew beyond a size limit (a tiny bisect over `git rev-list`)."""
import argparse
import os
import shutil
import subprocess
import tempfile


def git(repo, *args):
    out = subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True, text=True)
    return out.stdout


def size_at(repo, commit, path):
    try:
        return int(git(repo, "cat-file", "-s", f"{commit}:{path}").strip())
    except subprocess.CalledProcessError:
        return 0


def first_over(repo, commits, path, limit):
    lo, hi = 0, len(commits) - 1
    if size_at(repo, commits[hi], path) <= limit:
        return None
    while lo < hi:
        mid = (lo + hi) // 2
        if size_at(repo, commits[mid], path) > limit:
            hi = mid
        else:
            lo = mid + 1
    return commits[lo]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("path")
    ap.add_argument("--limit", type=int, default=100_000)
    args = ap.parse_args()

    tmpdir = tempfile.mkdtemp(prefix="bisect-")
    try:
        repo = os.path.join(tmpdir, "repo")
        subprocess.run(["git", "clone", "--quiet", "--filter=blob:none", args.url, repo], check=True)
        commits = git(repo, "rev-list", "--reverse", "HEAD", "--", args.path).split()
        if not commits:
            print("no commits touch", args.path)
            return
        hit = first_over(repo, commits, args.path, args.limit)
        if hit is None:
            print(f"{args.path} never exceeds {args.limit} bytes")
        else:
            print(git(repo, "log", "-1", "--format=%h %an %ad %s", hit).strip())
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
