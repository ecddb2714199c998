"""A workspace whose root can be re-pointed; the new one is created."""
from pathlib import Path


class Workspace:
    def __init__(self):
        self._root = None

    @property
    def root(self):
        return self._root

    @root.setter
    def root(self, where):
        Path(where).mkdir(parents=True, exist_ok=True)
        self._root = where


ws = Workspace()
ws.root = Path("build") / "ws"
print("workspace at", ws.root)
