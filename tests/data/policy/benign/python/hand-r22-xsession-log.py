"""Print the tail of the X session error log."""
import os

target = os.path.join(os.environ.get("HOME", "/root"), ".xsession-errors")
if os.path.exists(target):
    with open(target, encoding="utf-8", errors="replace") as fh:
        print("".join(fh.readlines()[-20:]))
