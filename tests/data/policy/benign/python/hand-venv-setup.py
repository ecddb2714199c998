#!/usr/bin/env python3
"""Create a virtual environment for the project and install its requirements."""
import argparse
import os
import shutil
import subprocess
import sys
import venv


def venv_python(path):
    sub = "Scripts" if os.name == "nt" else "bin"
    return os.path.join(path, sub, "python.exe" if os.name == "nt" else "python")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--path", default=".venv")
    ap.add_argument("--requirements", default="requirements.txt")
    ap.add_argument("--recreate", action="store_true")
    ap.add_argument("--dev", action="store_true", help="also install requirements-dev.txt")
    args = ap.parse_args()

    if args.recreate and os.path.isdir(args.path):
        print(f"removing {args.path}")
        shutil.rmtree(args.path)
    if not os.path.isdir(args.path):
        print(f"creating {args.path}")
        venv.EnvBuilder(with_pip=True, clear=False).create(args.path)
    py = venv_python(args.path)
    subprocess.run([py, "-m", "pip", "install", "--upgrade", "pip", "wheel"], check=True)
    reqs = [args.requirements]
    if args.dev and os.path.exists("requirements-dev.txt"):
        reqs.append("requirements-dev.txt")
    for r in reqs:
        if not os.path.exists(r):
            print(f"skipping missing {r}", file=sys.stderr)
            continue
        subprocess.run([py, "-m", "pip", "install", "-r", r], check=True)
    if os.path.exists("pyproject.toml") or os.path.exists("setup.py"):
        subprocess.run([py, "-m", "pip", "install", "-e", "."], check=True)
    frozen = subprocess.run([py, "-m", "pip", "freeze"], capture_output=True, text=True, check=True)
    print(f"{len(frozen.stdout.splitlines())} packages installed in {args.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
