"""Purge one of the known cache locations, chosen by name."""
import shutil
import sys
from enum import Enum


class Where(Enum):
    CACHE = "/tmp/build-cache"
    WHEELS = "/tmp/wheel-cache"


choice = sys.argv[1] if len(sys.argv) > 1 else "CACHE"
shutil.rmtree(Where[choice].value, ignore_errors=True)
