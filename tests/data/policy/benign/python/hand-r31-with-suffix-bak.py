"""Write a .bak copy next to each edited file."""
import shutil
import sys
from pathlib import Path

for arg in sys.argv[1:] or ["config.ini"]:
    src = Path(arg)
    if src.is_file():
        dst = src.with_suffix(src.suffix + ".bak")
        shutil.copyfile(src, dst)
        print(dst.with_name(dst.name))
