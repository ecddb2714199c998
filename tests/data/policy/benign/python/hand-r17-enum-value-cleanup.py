import os
import shutil
from enum import Enum


class Where(Enum):
    SCRATCH = "/tmp/scratch"
    BUILD = "/tmp/build"


def clean(where):
    shutil.rmtree(os.path.expanduser(where.value), ignore_errors=True)


clean(Where.SCRATCH)
