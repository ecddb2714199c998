"""Clone a repository into a temporary directory and count commits and
changed lines per author. The clone is removed afterwards."""
import argparse
import collections
import shutil
import subprocess
import sys
import tempfile


def git(args, cwd):
    result = subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def author_stats(repo_dir, since):
    log = git(
        ["log", f"--since={since}", "--no-merges", "--numstat", "--format=@%aN"],
        repo_dir,
    )
    commits = collections.Counter()
    added = collections.Counter()
    removed = collections.Counter()
    author = None
    for line in log.splitlines():
        if line.startswith("@"):
            author = line[1:]
            commits[author] += 1
        elif line.strip() and author:
            plus, minus, _path = line.split("\t", 2)
            if plus.isdigit():
                added[author] += int(plus)
            if minus.isdigit():
                removed[author] += int(minus)
    return commits, added, removed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--since", default="6 months ago")
    parser.add_argument("--branch", default=None)
    args = parser.parse_args()

    tmpdir = tempfile.mkdtemp(prefix="authors-")
    try:
        clone = ["clone", "--quiet", "--filter=blob:none", args.url, tmpdir]
        if args.branch:
            clone[1:1] = ["--branch", args.branch]
        git(clone, None)
        commits, added, removed = author_stats(tmpdir, args.since)
    except RuntimeError as err:
        print(err, file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    width = max((len(a) for a in commits), default=6)
    print(f"{'author':<{width}}  commits   +lines   -lines")
    for author, count in commits.most_common():
        print(f"{author:<{width}}  {count:7d}  {added[author]:7d}  {removed[author]:7d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
