#!/usr/bin/env python3
"""List TODO markers in the tracked Python files of a git checkout."""
import subprocess


def tracked_python_files():
    out = subprocess.run(["git", "ls-files", "-z", "*.py"], capture_output=True,
                         check=True)
    return [p for p in out.stdout.decode().split("\0") if p]


def todos(files):
    listing = "\0".join(files) + "\0"
    out = subprocess.run(["xargs", "-0", "-r", "grep", "-n", "TODO", "--"],
                         input=listing.encode(), capture_output=True)
    return out.stdout.decode().splitlines()


def main():
    files = tracked_python_files()
    found = todos(files)
    for line in found:
        print(line)
    print(f"{len(found)} TODOs in {len(files)} files")


if __name__ == "__main__":
    main()
