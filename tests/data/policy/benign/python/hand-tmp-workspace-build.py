# Ordinary test helper: copies the package into a temporary workspace, byte-
# compiles it and runs its unit tests there, so the source tree stays clean. The
# workspace is removed by TemporaryDirectory.
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PKG = Path("src")


def run(cmd, cwd):
    print("+", " ".join(cmd))
    return subprocess.run(cmd, cwd=cwd).returncode


def main():
    with tempfile.TemporaryDirectory(prefix="ws-") as tmp:
        ws = Path(tmp) / "src"
        shutil.copytree(PKG, ws, ignore=shutil.ignore_patterns("*.pyc", "__pycache__"))
        if run([sys.executable, "-m", "compileall", "-q", str(ws)], tmp):
            return 1
        return run([sys.executable, "-m", "unittest", "discover", "-s", str(ws)], tmp)


if __name__ == "__main__":
    sys.exit(main())
