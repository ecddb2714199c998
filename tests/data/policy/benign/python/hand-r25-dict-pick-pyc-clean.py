"""Clear compiled files from the build tree through a small dispatch table."""
from pathlib import Path

for p in {"walk": Path("build").rglob, "root": Path.cwd}["walk"]("*.pyc"):
    if p.is_file():
        {"drop": p.unlink, "label": p.name}["drop"]()
