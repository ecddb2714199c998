# Ordinary: runs a project's build stages through a table of lambda hooks
# fetched with .get() in a loop over the stage names; the clean hook removes
# the build directory it is given, the project's own.
import shutil
import subprocess
import sys
from pathlib import Path

BUILD = Path(__file__).resolve().parent / "build"

HOOKS = {
    "clean": lambda d: shutil.rmtree(d, ignore_errors=True),
    "prepare": lambda d: d.mkdir(parents=True, exist_ok=True),
    "compile": lambda d: subprocess.run([sys.executable, "-m", "compileall", "-q", "."], check=False),
}

for stage in ("clean", "prepare", "compile"):
    hook = HOOKS.get(stage)
    if hook:
        hook(BUILD)
        print("stage", stage, "done")
