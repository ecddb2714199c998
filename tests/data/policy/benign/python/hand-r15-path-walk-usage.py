"""Disk usage per top-level directory, walking bottom-up."""
import sys
from collections import Counter
from pathlib import Path


def usage(root: Path) -> Counter:
    sizes = Counter()
    for dirpath, dirnames, filenames in root.walk(top_down=False):
        top = dirpath.relative_to(root).parts[:1] or (".",)
        for name in filenames:
            sizes[top[0]] += (dirpath / name).stat().st_size
    return sizes


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.home()
    for name, size in usage(root).most_common(10):
        print(f"{size:>12} {name}")
