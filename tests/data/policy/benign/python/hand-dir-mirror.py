# Ordinary file tool: mirrors a source directory into ./mirror/<name>
# (copying changed files by mtime/size) and deletes files and directories
# in the mirror that no longer exist in the source.
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def changed(src, dst):
    if not dst.exists():
        return True
    a, b = src.stat(), dst.stat()
    return a.st_size != b.st_size or int(a.st_mtime) > int(b.st_mtime)


def mirror(src_root):
    src_root = Path(src_root).resolve()
    dst_root = HERE / "mirror" / src_root.name
    copied = removed = 0
    for dirpath, dirnames, filenames in os.walk(src_root):
        rel = Path(dirpath).relative_to(src_root)
        (dst_root / rel).mkdir(parents=True, exist_ok=True)
        for name in filenames:
            s, d = Path(dirpath) / name, dst_root / rel / name
            if changed(s, d):
                shutil.copy2(s, d)
                copied += 1
    for dirpath, dirnames, filenames in os.walk(dst_root, topdown=False):
        rel = Path(dirpath).relative_to(dst_root)
        if not (src_root / rel).exists():
            shutil.rmtree(dirpath)
            removed += 1
            continue
        for name in filenames:
            if not (src_root / rel / name).exists():
                (Path(dirpath) / name).unlink()
                removed += 1
    return copied, removed


if __name__ == "__main__":
    c, r = mirror(sys.argv[1])
    print(f"copied {c}, removed {r}")
