"""Restart the service when its configuration file changes."""
import os
import sys
import time

CONFIG = "service.toml"


def mtime():
    try:
        return os.stat(CONFIG).st_mtime
    except FileNotFoundError:
        return 0.0


start = mtime()
while True:
    time.sleep(2)
    if mtime() != start:
        print("configuration changed, restarting", file=sys.stderr)
        sys.stdout.flush()
        os.execv(sys.executable, [sys.executable] + sys.argv)
