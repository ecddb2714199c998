"""Wipe a location given as a member of the Spot enum."""
import shutil
from enum import Enum


class Spot(Enum):
    SCRATCH = "/tmp/scratch"
    WHEELS = "/tmp/wheels"


def wipe(spot):
    shutil.rmtree(spot.value, ignore_errors=True)


wipe(Spot["SCRATCH"])
