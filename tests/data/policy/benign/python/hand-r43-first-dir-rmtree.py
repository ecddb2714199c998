"""Clean the first existing build directory."""
import os
import shutil

CANDIDATES = ["build/cache", "tmp/cache", "out/cache"]
target = next(filter(os.path.isdir, CANDIDATES), None)
if target:
    shutil.rmtree(target)
