#!/usr/bin/env python3
"""Remove build artifacts (build/, dist/, *.egg-info, __pycache__, .pytest_cache) under a project."""
import argparse
import shutil
import sys
from pathlib import Path

DIR_NAMES = {"build", "dist", "__pycache__", ".pytest_cache", ".mypy_cache", ".tox"}
DIR_SUFFIXES = (".egg-info",)
FILE_SUFFIXES = (".pyc", ".pyo")


def candidates(root):
    for path in sorted(root.rglob("*")):
        if ".git" in path.parts or ".venv" in path.parts:
            continue
        if path.is_dir() and (path.name in DIR_NAMES or path.name.endswith(DIR_SUFFIXES)):
            yield path
        elif path.is_file() and path.suffix in FILE_SUFFIXES:
            yield path


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("project", nargs="?", default=".")
    ap.add_argument("-n", "--dry-run", action="store_true")
    args = ap.parse_args()

    root = Path(args.project).resolve()
    if not (root / "pyproject.toml").exists() and not (root / "setup.py").exists():
        print(f"{root} does not look like a Python project", file=sys.stderr)
        return 2
    removed = 0
    for path in candidates(root):
        if not path.exists():
            continue
        print(("would remove " if args.dry_run else "removing ") + str(path.relative_to(root)))
        if args.dry_run:
            continue
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
        removed += 1
    print(f"{removed} removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
