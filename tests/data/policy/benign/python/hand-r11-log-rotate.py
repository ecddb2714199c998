# Ordinary maintenance tool: rotates and gzips the application's own log files in
# ./logs, keeping the newest N archives and deleting older ones.
import gzip
import shutil
import sys
import time
from pathlib import Path

LOG_DIR = Path("logs")
KEEP = 7


def rotate(path):
    stamp = time.strftime("%Y%m%d-%H%M%S")
    archive = path.with_name(f"{path.stem}-{stamp}.log.gz")
    with open(path, "rb") as src, gzip.open(archive, "wb") as dst:
        shutil.copyfileobj(src, dst)
    path.write_text("")
    return archive


def prune(stem, keep):
    archives = sorted(LOG_DIR.glob(f"{stem}-*.log.gz"), key=lambda p: p.stat().st_mtime)
    for old in archives[:-keep] if keep else archives:
        old.unlink()
        print("deleted", old)


def main():
    keep = int(sys.argv[1]) if len(sys.argv) > 1 else KEEP
    if not LOG_DIR.is_dir():
        print("no logs directory")
        return
    for log in LOG_DIR.glob("*.log"):
        if log.stat().st_size == 0:
            continue
        print("rotated", log, "->", rotate(log))
        prune(log.stem, keep)


if __name__ == "__main__":
    main()
