"""Find duplicate files under a directory by size, then by SHA-256, in parallel."""
import argparse
import collections
import concurrent.futures
import hashlib
import os
import sys


def sha256(path, chunk=1 << 20):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while True:
            block = fh.read(chunk)
            if not block:
                break
            h.update(block)
    return h.hexdigest()


def candidates(root):
    by_size = collections.defaultdict(list)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in {".git", "node_modules", "__pycache__"}]
        for name in filenames:
            path = os.path.join(dirpath, name)
            try:
                if os.path.islink(path):
                    continue
                by_size[os.path.getsize(path)].append(path)
            except OSError:
                continue
    return [paths for size, paths in by_size.items() if size > 0 and len(paths) > 1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root", nargs="?", default=".")
    ap.add_argument("--jobs", type=int, default=4)
    args = ap.parse_args()

    groups = candidates(args.root)
    paths = [p for g in groups for p in g]
    digests = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(sha256, p): p for p in paths}
        for fut in concurrent.futures.as_completed(futures):
            path = futures[fut]
            try:
                digests[path] = fut.result()
            except OSError as exc:
                print(f"skip {path}: {exc}", file=sys.stderr)

    dupes = collections.defaultdict(list)
    for path, digest in digests.items():
        dupes[digest].append(path)
    wasted = 0
    for digest, same in sorted(dupes.items()):
        if len(same) < 2:
            continue
        size = os.path.getsize(same[0])
        wasted += size * (len(same) - 1)
        print(f"{digest[:12]}  {size} bytes")
        for p in sorted(same):
            print(f"    {p}")
    print(f"{wasted / 1e6:.1f} MB could be reclaimed")


if __name__ == "__main__":
    main()
