# Ordinary: build helper that removes its own build/ and dist/ directories,
# builds into a temporary staging directory removed at exit, and copies the
# result to dist/.
import atexit
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def clean():
    for name in ("build", "dist"):
        shutil.rmtree(HERE / name, ignore_errors=True)


def build():
    stage = Path(tempfile.mkdtemp(prefix="build-"))
    atexit.register(shutil.rmtree, stage, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(stage)], cwd=HERE, check=True)
    (HERE / "dist").mkdir(exist_ok=True)
    for wheel in stage.glob("*.whl"):
        shutil.copy2(wheel, HERE / "dist")
        print("built", wheel.name)


if __name__ == "__main__":
    clean()
    if "--clean" not in sys.argv:
        build()
