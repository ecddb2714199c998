# Ordinary test helper: creates a throw-away virtualenv in a temporary directory,
# installs the project into it with pip, runs pytest there, and cleans up.
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

PROJECT = Path.cwd()


def bin_path(env_dir, name):
    sub = "Scripts" if os.name == "nt" else "bin"
    return str(Path(env_dir) / sub / name)


def run(cmd, **kw):
    print("+", " ".join(cmd), flush=True)
    return subprocess.run(cmd, check=True, **kw)


def main():
    extra = sys.argv[1:]
    with tempfile.TemporaryDirectory(prefix="testenv-") as env_dir:
        venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
        py = bin_path(env_dir, "python")
        run([py, "-m", "pip", "install", "-q", "--upgrade", "pip"])
        run([py, "-m", "pip", "install", "-q", "-e", f"{PROJECT}[test]"])
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        try:
            run([py, "-m", "pytest", "-q", *extra], cwd=PROJECT, env=env)
        except subprocess.CalledProcessError as exc:
            return exc.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
