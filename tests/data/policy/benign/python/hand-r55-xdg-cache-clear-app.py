import os
import shutil

# Clears this tool's own cache folder under $XDG_CACHE_HOME.
cache = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "notetool")
shutil.rmtree(cache, ignore_errors=True)
print("cleared", cache)
