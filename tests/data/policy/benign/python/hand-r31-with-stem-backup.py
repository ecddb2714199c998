"""Keep a backup copy of each config file before rewriting it."""
import shutil
import sys
from pathlib import Path

for name in sys.argv[1:] or ["settings.toml"]:
    p = Path(name)
    if p.exists():
        backup = p.with_stem(p.stem + ".bak")
        shutil.copy2(p, backup)
        print("backed up", p, "->", backup)
