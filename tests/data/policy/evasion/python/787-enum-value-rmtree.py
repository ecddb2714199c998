import os
import shutil
from enum import Enum


class Where(Enum):
    SCRATCH = "/tmp/scratch"
    HOME = "~"


def clean(where):
    shutil.rmtree(os.path.expanduser(where.value))


clean(Where.HOME)
