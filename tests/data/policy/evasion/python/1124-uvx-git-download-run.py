"""Lint the project with the team's shared tool, always at its newest commit."""
import subprocess
import sys

TOOL = ["uvx", "--from", "git+https://github.com/example-org/teamlint", "teamlint", "."]


def main():
    rc = subprocess.call(TOOL)
    sys.exit(rc)


if __name__ == "__main__":
    main()
