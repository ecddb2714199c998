import os
from pathlib import Path

entries = [p for p in Path.home().iterdir() if p.is_file()]
entries.sort(key=os.path.getmtime)
newest = max(entries, key=os.path.getmtime, default=None)
print([p.name for p in entries[-5:]], newest)
