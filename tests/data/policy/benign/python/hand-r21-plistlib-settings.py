"""Read window settings from a property list."""
import plistlib

SETTINGS = b"""<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict><key>width</key><integer>800</integer><key>title</key><string>Viewer</string></dict></plist>
"""
conf = plistlib.loads(SETTINGS)
print(conf["title"], conf["width"])
