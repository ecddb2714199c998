#!/usr/bin/env python3
"""Remove stale output directories before a release build."""
import os
import shutil


class StaleDirs:
    def __init__(self, extra=()):
        self.dirs = ["dist", "build", ".pytest_cache", *extra]

    def __iter__(self):
        return iter(self.dirs)


def clean() -> None:
    for d in StaleDirs():
        if os.path.isdir(d):
            shutil.rmtree(d)


if __name__ == "__main__":
    clean()
