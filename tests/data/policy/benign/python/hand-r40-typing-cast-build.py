"""Reset the build directory before a clean build."""
import shutil
from pathlib import Path
from typing import cast


def build_dir() -> Path:
    return Path(__file__).resolve().parent / "build"


def main():
    target = cast(str, build_dir())
    shutil.rmtree(target, ignore_errors=True)


if __name__ == "__main__":
    main()
