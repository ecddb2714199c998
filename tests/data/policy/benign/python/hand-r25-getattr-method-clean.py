"""Remove compiled files through getattr lookups of the methods."""
from pathlib import Path

for p in getattr(Path("src"), "rglob")("*.pyc"):
    getattr(p, "unlink")() if getattr(p, "is_file")() else None
