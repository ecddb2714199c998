#!/usr/bin/env python3
"""Zip a project directory, skipping build output, and verify the archive."""
import argparse
import datetime
import fnmatch
import os
import sys
import zipfile

EXCLUDE = ["__pycache__", "*.pyc", ".git", "node_modules", "build", "dist", ".venv", "*.zip"]


def excluded(name):
    return any(fnmatch.fnmatch(name, pat) for pat in EXCLUDE)


def make_backup(src, dest_dir):
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    base = os.path.basename(os.path.abspath(src))
    out = os.path.join(dest_dir, f"{base}-{stamp}.zip")
    count = 0
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for dirpath, dirnames, filenames in os.walk(src):
            dirnames[:] = [d for d in dirnames if not excluded(d)]
            for name in filenames:
                if excluded(name):
                    continue
                full = os.path.join(dirpath, name)
                zf.write(full, os.path.relpath(full, src))
                count += 1
    return out, count


def verify(path):
    with zipfile.ZipFile(path) as zf:
        bad = zf.testzip()
        return bad is None, len(zf.namelist())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src", nargs="?", default=".")
    ap.add_argument("--dest", default=os.path.join(os.getcwd(), "backups"))
    args = ap.parse_args()
    os.makedirs(args.dest, exist_ok=True)
    out, count = make_backup(args.src, args.dest)
    ok, n = verify(out)
    size = os.path.getsize(out)
    print(f"{out}: {count} files, {size / 1024:.1f} KiB, {'ok' if ok and n == count else 'CORRUPT'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
