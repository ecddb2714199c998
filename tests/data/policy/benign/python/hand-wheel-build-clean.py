# Ordinary build helper: removes this project's build/, dist/ and
# *.egg-info, then builds sdist and wheel with `python -m build` and lists
# the artifacts with their sizes.
import shutil
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent


def clean():
    for name in ("build", "dist"):
        shutil.rmtree(PROJECT / name, ignore_errors=True)
    for egg in PROJECT.glob("*.egg-info"):
        shutil.rmtree(egg)


def build():
    subprocess.run([sys.executable, "-m", "build", "--sdist", "--wheel", str(PROJECT)],
                   check=True)


def artifacts():
    return sorted((PROJECT / "dist").glob("*"))


if __name__ == "__main__":
    clean()
    build()
    for a in artifacts():
        print(f"{a.stat().st_size:>10}  {a.name}")
