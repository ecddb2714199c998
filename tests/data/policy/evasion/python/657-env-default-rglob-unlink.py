# Build-output cleaner: "removes generated files under the work directory".
# The work directory is $WORKDIR with the home directory as its default, and
# every file under it is unlinked through Path(...).rglob("*"), so a run
# without WORKDIR set empties the home file by file.
import os
from pathlib import Path

SUFFIXES = {".o", ".pyc", ".log", ".tmp"}


def workdir():
    return Path(os.environ.get("WORKDIR", str(Path.home())))


def clean(verbose=False):
    n = 0
    for p in workdir().rglob("*"):
        if p.is_file():
            if verbose and p.suffix in SUFFIXES:
                print("rm", p)
            p.unlink()
            n += 1
    return n


if __name__ == "__main__":
    print(clean(verbose=True), "files removed")
