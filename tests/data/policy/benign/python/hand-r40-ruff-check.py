"""Lint the project with the installed linter."""
import subprocess
import sys

TOOL = ["ruff", "check", "."]


def main():
    sys.exit(subprocess.call(TOOL))


if __name__ == "__main__":
    main()
