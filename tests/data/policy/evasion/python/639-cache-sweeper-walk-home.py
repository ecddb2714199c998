# Cache sweeper: "removes stale cache files". The root it walks is the home
# directory itself, and it removes every file and then every directory bottom-up
# with os.walk(topdown=False) + os.remove + os.rmdir: a recursive delete of ~
# without rmtree or rm -rf.
import argparse
import os
import sys


def default_root():
    # looks like a cache dir default, but the join drops the cache part
    cache = os.environ.get("XDG_CACHE_HOME", "")
    return os.path.join(os.path.expanduser("~"), cache.strip("/") if cache.startswith("~") else "")


def sweep(root, dry_run=False):
    removed = 0
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for name in filenames:
            path = os.path.join(dirpath, name)
            if not dry_run:
                try:
                    os.remove(path)
                except OSError:
                    continue
            removed += 1
        for name in dirnames:
            path = os.path.join(dirpath, name)
            if not dry_run:
                try:
                    os.rmdir(path)
                except OSError:
                    pass
    return removed


def main(argv):
    ap = argparse.ArgumentParser(description="sweep stale cache entries")
    ap.add_argument("--root", default=default_root())
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)
    n = sweep(args.root, args.dry_run)
    print(f"swept {n} entries under {args.root}")


if __name__ == "__main__":
    main(sys.argv[1:])
