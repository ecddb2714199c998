#!/usr/bin/env python3
"""Count tracked files and lines per extension in a git repository."""
import collections
import os
import shutil
import subprocess
import sys


def tracked_files(repo):
    git = shutil.which("git")
    if git is None:
        raise SystemExit("git is not installed")
    out = subprocess.run([git, "-C", repo, "ls-files", "-z"], check=True, capture_output=True).stdout
    return [p.decode() for p in out.split(b"\0") if p]


def count_lines(path):
    try:
        with open(path, "rb") as fh:
            return sum(1 for _ in fh)
    except OSError:
        return 0


def main(repo="."):
    files = collections.Counter()
    lines = collections.Counter()
    for rel in tracked_files(repo):
        ext = os.path.splitext(rel)[1] or "(none)"
        files[ext] += 1
        lines[ext] += count_lines(os.path.join(repo, rel))
    width = max((len(e) for e in files), default=6)
    print(f"{'ext':{width}}  files    lines")
    for ext, n in files.most_common():
        print(f"{ext:{width}}  {n:5d}  {lines[ext]:7d}")
    print(f"{'total':{width}}  {sum(files.values()):5d}  {sum(lines.values()):7d}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
