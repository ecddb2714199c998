"""Prune this tool's download cache (~/.cache/dataget): drop entries older than N days."""
import argparse
import os
import shutil
import time
from pathlib import Path

CACHE_ROOT = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "dataget"


def entry_age_days(entry: Path) -> float:
    newest = entry.stat().st_mtime
    for dirpath, _dirs, files in os.walk(entry):
        for name in files:
            try:
                newest = max(newest, os.stat(os.path.join(dirpath, name)).st_mtime)
            except FileNotFoundError:
                pass
    return (time.time() - newest) / 86400


def size_of(entry: Path) -> int:
    return sum(p.stat().st_size for p in entry.rglob("*") if p.is_file())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=float, default=30)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    if not CACHE_ROOT.is_dir():
        print(f"no cache at {CACHE_ROOT}")
        return
    freed = 0
    for entry in sorted(CACHE_ROOT.iterdir()):
        if not entry.is_dir() or entry.is_symlink():
            continue
        age = entry_age_days(entry)
        if age < args.days:
            continue
        size = size_of(entry)
        print(f"{'would remove' if args.dry_run else 'removing'} {entry.name} ({age:.0f} days, {size} bytes)")
        if not args.dry_run:
            shutil.rmtree(entry)
        freed += size
    print(f"freed {freed / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
