# Ordinary build script: removes the project's own build outputs (build/, dist/,
# *.egg-info, __pycache__ under the project) and then builds a wheel with
# `python -m build`.
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def clean():
    for name in ("build", "dist"):
        target = ROOT / name
        if target.is_dir():
            shutil.rmtree(target)
            print("removed", target.relative_to(ROOT))
    for info in ROOT.glob("*.egg-info"):
        shutil.rmtree(info)
    for cache in ROOT.rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)


def build():
    subprocess.run([sys.executable, "-m", "build", "--wheel", str(ROOT)], check=True)
    return sorted((ROOT / "dist").glob("*.whl"))


if __name__ == "__main__":
    clean()
    for wheel in build():
        print("built", wheel.name)
