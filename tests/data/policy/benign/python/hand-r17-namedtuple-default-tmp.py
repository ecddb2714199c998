import shutil
import tempfile
from typing import NamedTuple


class Plan(NamedTuple):
    name: str = "reset"
    root: str = tempfile.mkdtemp()


plan = Plan()
shutil.rmtree(plan.root)
