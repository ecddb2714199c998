"""Reset the work area listed in the settings line."""
import shutil

line = "scratch /tmp/scratch"
parts = line.split()
shutil.rmtree(parts[1], ignore_errors=True)
print("reset", parts[0])
