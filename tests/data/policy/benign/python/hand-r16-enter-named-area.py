#!/usr/bin/env python3
"""Prepare an empty work area for the importer."""
import os
import shutil


class WorkArea:
    def __init__(self, base):
        self.base = base

    def __enter__(self):
        return self.base

    def __exit__(self, *exc):
        return None


area = WorkArea(os.path.join(os.getcwd(), "import-work"))


def prepare() -> None:
    with area as root:
        shutil.rmtree(root, ignore_errors=True)
        os.makedirs(root, exist_ok=True)


if __name__ == "__main__":
    prepare()
