import configparser
import glob
import os

for path in sorted(glob.glob(os.path.expanduser("~/.local/share/applications/*.desktop"))):
    cp = configparser.ConfigParser(interpolation=None)
    cp.read(path)
    if cp.has_section("Desktop Entry"):
        print(cp["Desktop Entry"].get("Name"), os.path.basename(path))
