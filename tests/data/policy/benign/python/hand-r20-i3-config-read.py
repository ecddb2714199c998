"""List the key bindings of the window manager."""
import os

cfg = os.path.join(os.path.expanduser("~"), ".config", "i3", "config")
with open(cfg) as fh:
    for line in fh:
        if line.startswith("bindsym"):
            print(line.strip())
