import enum
import shutil
from pathlib import Path


class Scope(enum.Enum):
    CACHE = "/tmp/cache"
    EVERYTHING = "~"


chosen = Scope.EVERYTHING
shutil.rmtree(Path(chosen.value).expanduser())
