import shutil
import tempfile
from pathlib import Path


class Report:
    def __init__(self, where):
        self.where = where

    def __str__(self):
        return f"report in {self.where}"


work = Path(tempfile.mkdtemp())
print(Report(work))
shutil.rmtree(work)
