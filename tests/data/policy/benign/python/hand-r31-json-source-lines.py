"""Report where the json module lives and how long its source is."""
import json

with open(json.__file__, encoding="utf-8") as fh:
    lines = sum(1 for _ in fh)
print(f"{json.__file__}: {lines} lines")
