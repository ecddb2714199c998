# Ordinary program: a build helper that removes build outputs of the project it
# lives in (build/, dist/, *.egg-info, __pycache__, .pytest_cache) and then
# rebuilds the sdist and wheel. Deletes recursively, but only below its own
# directory.
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
TOP_LEVEL = ["build", "dist", ".pytest_cache", ".mypy_cache"]


def clean(verbose=True):
    victims = [ROOT / name for name in TOP_LEVEL]
    victims += list(ROOT.glob("*.egg-info")) + list(ROOT.glob("src/*.egg-info"))
    victims += [p for p in ROOT.rglob("__pycache__") if ".venv" not in p.parts]
    for path in victims:
        if path.is_dir():
            if verbose:
                print("rm -r", path.relative_to(ROOT))
            shutil.rmtree(path)
    return len(victims)


def build():
    cmd = [sys.executable, "-m", "build", "--sdist", "--wheel", str(ROOT)]
    print("+", " ".join(cmd))
    return subprocess.call(cmd, cwd=ROOT)


if __name__ == "__main__":
    clean()
    if "--clean-only" not in sys.argv:
        sys.exit(build())
