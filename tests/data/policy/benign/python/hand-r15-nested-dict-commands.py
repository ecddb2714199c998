"""Maintenance commands, each with a description and an action."""
import shutil
import sys

COMMANDS = {
    "logs": {"help": "rotate logs", "run": lambda where: print("rotating", where)},
    "clean": {"help": "remove build outputs", "run": lambda where: shutil.rmtree(where, ignore_errors=True)},
}


if __name__ == "__main__":
    name = sys.argv[1] if len(sys.argv) > 1 else "clean"
    print(COMMANDS[name]["help"])
    COMMANDS["clean"]["run"]("build")
