"""Clone a repository into a scratch directory and report its largest files
and most active authors, then remove the scratch directory."""
import argparse
import collections
import os
import shutil
import subprocess
import tempfile


def run(args, cwd=None):
    result = subprocess.run(args, cwd=cwd, check=True, capture_output=True, text=True)
    return result.stdout


def largest_files(root, limit):
    sizes = []
    for dirpath, dirnames, filenames in os.walk(root):
        if ".git" in dirnames:
            dirnames.remove(".git")
        for name in filenames:
            path = os.path.join(dirpath, name)
            try:
                sizes.append((os.path.getsize(path), os.path.relpath(path, root)))
            except OSError:
                continue
    sizes.sort(reverse=True)
    return sizes[:limit]


def top_authors(repo, limit):
    log = run(["git", "log", "--format=%an", "--no-merges"], cwd=repo)
    counts = collections.Counter(line for line in log.splitlines() if line)
    return counts.most_common(limit)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--depth", type=int, default=200)
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()

    scratch = tempfile.mkdtemp(prefix="repo-scan-")
    try:
        dest = os.path.join(scratch, "repo")
        run(["git", "clone", "--quiet", "--depth", str(args.depth), args.url, dest])
        print("largest files:")
        for size, path in largest_files(dest, args.top):
            print(f"  {size:>10}  {path}")
        print("authors:")
        for name, n in top_authors(dest, args.top):
            print(f"  {n:>5}  {name}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
