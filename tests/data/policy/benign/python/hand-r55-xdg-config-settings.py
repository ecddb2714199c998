import json
import os

# Loads this tool's settings from $XDG_CONFIG_HOME/notetool/settings.json.
conf = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
path = os.path.join(conf, "notetool", "settings.json")
settings = {}
if os.path.exists(path):
    with open(path) as fh:
        settings = json.load(fh)
print(settings.get("theme", "light"))
