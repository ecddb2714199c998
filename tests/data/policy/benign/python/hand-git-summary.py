#!/usr/bin/env python3
"""Clone a repository into a temporary directory and summarise its history."""
import argparse
import collections
import logging
import shutil
import subprocess
import sys
import tempfile

log = logging.getLogger("git-summary")


def git(*args, cwd=None):
    out = subprocess.run(["git", *args], cwd=cwd, check=True,
                         capture_output=True, text=True)
    return out.stdout


def summarise(path, limit):
    fmt = "%H%x09%an%x09%ad"
    lines = git("log", f"-{limit}", f"--format={fmt}", "--date=short", cwd=path).splitlines()
    authors = collections.Counter()
    days = collections.Counter()
    for line in lines:
        _sha, author, day = line.split("\t")
        authors[author] += 1
        days[day[:7]] += 1
    return authors, days


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(levelname)s %(message)s")

    tmpdir = tempfile.mkdtemp(prefix="git-summary-")
    try:
        log.info("cloning %s", args.url)
        git("clone", "--quiet", "--filter=blob:none", args.url, tmpdir)
        authors, months = summarise(tmpdir, args.limit)
        print("Top authors:")
        for name, n in authors.most_common(10):
            print(f"  {n:5d}  {name}")
        print("Commits per month:")
        for month in sorted(months):
            print(f"  {month}  {'#' * min(months[month], 60)}")
    except subprocess.CalledProcessError as e:
        log.error("git failed: %s", e.stderr.strip())
        return 1
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
