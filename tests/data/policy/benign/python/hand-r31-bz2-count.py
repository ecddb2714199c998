"""Count the records in a bz2-compressed log."""
import bz2
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "access.log.bz2"
with bz2.open(path, "rt", encoding="utf-8", errors="replace") as fh:
    n = sum(1 for line in fh if line.strip())
print(f"{path}: {n} records")
