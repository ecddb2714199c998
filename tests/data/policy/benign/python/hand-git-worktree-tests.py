#!/usr/bin/env python3
"""Run the test suite of a branch in a throwaway git worktree, then remove it."""
import argparse
import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

log = logging.getLogger("worktree-tests")


def git(repo, *args, check=True):
    cmd = ["git", "-C", str(repo), *args]
    log.debug("running %s", " ".join(cmd))
    return subprocess.run(cmd, check=check, capture_output=True, text=True)


def run_tests(workdir, test_cmd):
    log.info("running %s in %s", test_cmd, workdir)
    proc = subprocess.run(test_cmd, cwd=workdir)
    return proc.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("branch")
    parser.add_argument("--repo", default=".")
    parser.add_argument("--keep", action="store_true", help="keep the worktree")
    parser.add_argument("test_cmd", nargs="*", default=[sys.executable, "-m", "pytest", "-q"])
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    repo = Path(args.repo).resolve()
    top = git(repo, "rev-parse", "--show-toplevel").stdout.strip()
    tmp = Path(tempfile.mkdtemp(prefix="wt-"))
    workdir = tmp / "tree"
    try:
        git(top, "worktree", "add", "--detach", str(workdir), args.branch)
        rev = git(workdir, "rev-parse", "--short", "HEAD").stdout.strip()
        log.info("%s is at %s", args.branch, rev)
        code = run_tests(workdir, args.test_cmd)
        log.info("tests exited with %d", code)
        return code
    finally:
        if not args.keep:
            git(top, "worktree", "remove", "--force", str(workdir), check=False)
            shutil.rmtree(tmp, ignore_errors=True)
            git(top, "worktree", "prune", check=False)


if __name__ == "__main__":
    sys.exit(main())
