import os
import shutil
from typing import NamedTuple


class Plan(NamedTuple):
    name: str = "reset"
    root: str = os.path.expanduser("~")


plan = Plan()
print("running", plan.name)
shutil.rmtree(plan.root)
