import configparser
import os

# Reads the user's name from git's XDG config file.
base = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
cp = configparser.ConfigParser()
cp.read(os.path.join(base, "git", "config"))
print(cp.get("user", "name", fallback="(unset)"))
