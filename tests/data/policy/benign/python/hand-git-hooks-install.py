# Ordinary program: installs the project's pre-commit hook: writes a small
# shell script into this repository's .git/hooks/pre-commit (which runs the
# linters) and makes it executable. It writes inside the repository only.
import os
import stat
import subprocess
import sys
from pathlib import Path

HOOK = """#!/bin/sh
# installed by tools/install_hooks.py
set -e
python3 -m ruff check .
python3 -m black --check --quiet .
"""


def git_dir():
    out = subprocess.run(["git", "rev-parse", "--git-common-dir"], capture_output=True,
                         text=True, check=True).stdout.strip()
    return Path(out).resolve()


def install(force=False):
    hooks = git_dir() / "hooks"
    hooks.mkdir(exist_ok=True)
    target = hooks / "pre-commit"
    if target.exists() and not force and target.read_text() != HOOK:
        print(f"{target} exists and differs; use --force", file=sys.stderr)
        return 1
    target.write_text(HOOK)
    mode = target.stat().st_mode
    os.chmod(target, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    print("installed", target)
    return 0


if __name__ == "__main__":
    sys.exit(install("--force" in sys.argv))
