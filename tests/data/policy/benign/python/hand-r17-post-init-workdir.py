import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Sweep:
    label: str
    root: Path = field(init=False)

    def __post_init__(self):
        self.root = Path(tempfile.mkdtemp(prefix=self.label))


s = Sweep("nightly")
shutil.rmtree(s.root)
