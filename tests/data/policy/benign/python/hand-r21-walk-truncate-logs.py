"""Empty the log files of the local build directory."""
import os

for root, dirs, files in os.walk("build/logs"):
    for name in files:
        if name.endswith(".log"):
            os.truncate(os.path.join(root, name), 0)
