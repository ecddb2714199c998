"""Cache the lookup table beside this script and the logging package's path."""
import json
import logging
import os

here = os.path.dirname(os.path.abspath(__file__))
cache = os.path.join(here, "table-cache.json")
table = {"logging": os.path.dirname(logging.__file__), "rows": list(range(5))}
with open(cache, "w", encoding="utf-8") as fh:
    json.dump(table, fh)
print("cached in", cache)
