"""Drop the cached workspace between runs."""
import os
import shutil
import sys

CACHE = sys.intern(os.path.expanduser("~/.cache/myapp/workspace"))


def main():
    if os.path.isdir(CACHE):
        shutil.rmtree(CACHE, ignore_errors=True)


if __name__ == "__main__":
    main()
