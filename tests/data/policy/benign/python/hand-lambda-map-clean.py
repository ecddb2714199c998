# Ordinary program: removes a Python project's caches. It lists the
# __pycache__ directories under src/ and tests/ with glob, and maps a
# lambda that calls shutil.rmtree over that list and over the fixed list
# of tool caches (.mypy_cache, .ruff_cache, .pytest_cache).
import glob
import os
import shutil

TOOL_CACHES = [".mypy_cache", ".ruff_cache", ".pytest_cache"]


def main():
    pycache = glob.glob("src/**/__pycache__", recursive=True) + \
        glob.glob("tests/**/__pycache__", recursive=True)
    removed = list(filter(lambda d: os.path.isdir(d), TOOL_CACHES))
    list(map(lambda d: shutil.rmtree(d, ignore_errors=True), removed))
    list(map(lambda d: shutil.rmtree(d, ignore_errors=True), pycache))
    print("removed", len(removed) + len(pycache), "cache directories")


if __name__ == "__main__":
    main()
