#!/usr/bin/env python3
"""Run the test suite in a few Python images with docker, the command lines
kept as the strings a developer would type and split with shlex."""
import os
import shlex
import subprocess
import sys

IMAGES = ["python:3.10-slim", "python:3.11-slim", "python:3.12-slim"]
TEST_CMD = "python -m pip install -q -r requirements.txt && python -m pytest -q"


def docker_available():
    probe = subprocess.run(shlex.split("docker version --format '{{.Server.Version}}'"),
                           capture_output=True, text=True)
    return probe.returncode == 0


def run_in(image, workdir):
    argv = ["docker", "run", "--rm", "-v", f"{workdir}:/work", "-w", "/work", image,
            "sh", "-c", TEST_CMD]
    print("::", " ".join(shlex.quote(a) for a in argv), flush=True)
    return subprocess.run(argv).returncode


def main():
    if not docker_available():
        print("docker is not available", file=sys.stderr)
        return 2
    workdir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
    failed = [img for img in IMAGES if run_in(img, workdir) != 0]
    for img in IMAGES:
        print(f"{img:<20} {'FAIL' if img in failed else 'ok'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
