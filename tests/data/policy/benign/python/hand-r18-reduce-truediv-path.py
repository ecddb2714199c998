"""Find the project's notes file from its parts."""
import operator
from functools import reduce
from pathlib import Path

target = reduce(operator.truediv, ["docs", "notes.md"], Path.cwd())
if target.exists():
    print(target.read_text()[:200])
else:
    print("no notes at", target)
