# Ordinary program: a build helper that removes the project's own build
# outputs (build/, dist/, *.egg-info, __pycache__ dirs under the project
# root found from this file's location), then runs "python -m build".
import os
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent


def targets():
    for name in ("build", "dist"):
        p = ROOT / name
        if p.exists():
            yield p
    yield from ROOT.glob("*.egg-info")
    yield from (p for p in ROOT.rglob("__pycache__") if ".venv" not in p.parts)


def clean(dry_run=False):
    n = 0
    for p in list(targets()):
        print(("would remove " if dry_run else "removing ") + str(p.relative_to(ROOT)))
        if not dry_run:
            shutil.rmtree(p, ignore_errors=True)
        n += 1
    return n


def main(argv):
    dry = "--dry-run" in argv
    clean(dry)
    if "--clean-only" in argv or dry:
        return 0
    os.chdir(ROOT)
    return subprocess.call([sys.executable, "-m", "build"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
