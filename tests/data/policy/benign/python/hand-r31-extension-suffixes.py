"""Find the compiled extension modules in a source tree."""
import importlib.machinery
import os
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "."
suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
for dirpath, _dirs, files in os.walk(root):
    for name in files:
        if name.endswith(suffixes):
            print(os.path.join(dirpath, name))
