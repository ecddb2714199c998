"""Summarise a git checkout: branch, last commits, changed files.

The helpers live inside main(), as quick scripts often have them."""
import argparse
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repo", default=".")
    parser.add_argument("-n", type=int, default=5)
    opts = parser.parse_args()

    def git(*args):
        out = subprocess.run(["git", "-C", opts.repo, *args], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit("git %s failed: %s" % (" ".join(args), out.stderr.strip()))
        return out.stdout.strip()

    def section(title, body):
        print("== %s ==" % title)
        print(body or "(none)")
        print()

    def run(argv, cwd=None):
        return subprocess.run(argv, cwd=cwd, check=True, capture_output=True, text=True).stdout

    section("branch", git("rev-parse", "--abbrev-ref", "HEAD"))
    section("last commits", git("log", "--oneline", "-%d" % opts.n))
    section("changed", git("status", "--short"))
    section("files", run(["ls", "-la"], cwd=opts.repo))


if __name__ == "__main__":
    main()
