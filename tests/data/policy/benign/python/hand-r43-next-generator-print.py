"""Show the first directory that exists."""
import os

PLACES = ["/srv/app/cache", os.path.expanduser("~")]
first = next(p for p in PLACES if os.path.isdir(p))
print("using", first)
