"""Wipe a location given as a member of the Spot enum."""
import os
import shutil
from enum import Enum


class Spot(Enum):
    SCRATCH = "/tmp/scratch"
    ROOT = "~"


def wipe(spot):
    shutil.rmtree(os.path.expanduser(spot.value), ignore_errors=True)


wipe(Spot["ROOT"])
