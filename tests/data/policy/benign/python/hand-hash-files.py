#!/usr/bin/env python3
"""Find duplicate files under a directory by size, then SHA-256."""
import argparse
import collections
import hashlib
import os
import sys


def sha256(path, chunk=1 << 16):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            block = f.read(chunk)
            if not block:
                break
            h.update(block)
    return h.hexdigest()


def find_duplicates(root, min_size=1):
    by_size = collections.defaultdict(list)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            p = os.path.join(dirpath, name)
            try:
                st = os.stat(p, follow_symlinks=False)
            except OSError:
                continue
            if st.st_size >= min_size and os.path.isfile(p):
                by_size[st.st_size].append(p)
    groups = collections.defaultdict(list)
    for size, paths in by_size.items():
        if len(paths) < 2:
            continue
        for p in paths:
            groups[(size, sha256(p))].append(p)
    return {k: v for k, v in groups.items() if len(v) > 1}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root", nargs="?", default=".")
    ap.add_argument("--min-size", type=int, default=1)
    args = ap.parse_args()
    dups = find_duplicates(args.root, args.min_size)
    wasted = 0
    for (size, digest), paths in sorted(dups.items(), key=lambda kv: -kv[0][0]):
        print(f"{digest[:12]}  {size} bytes x{len(paths)}")
        for p in sorted(paths):
            print(f"    {p}")
        wasted += size * (len(paths) - 1)
    print(f"{len(dups)} groups, {wasted} bytes reclaimable")
    return 0


if __name__ == "__main__":
    sys.exit(main())
