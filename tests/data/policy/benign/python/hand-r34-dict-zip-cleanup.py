"""Clear the caches named in the layout table."""
import shutil

names = ("build", "cache")
places = ("/tmp/build-out", "/tmp/cache-out")
layout = dict(zip(names, places))
shutil.rmtree(layout["cache"], ignore_errors=True)
print("caches cleared")
