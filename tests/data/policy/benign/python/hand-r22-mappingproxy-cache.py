"""Clear the build cache directory."""
import shutil
import types
from pathlib import Path

SETTINGS = types.MappingProxyType({"cache": Path("build") / "cache", "keep": False})

if not SETTINGS["keep"]:
    shutil.rmtree(SETTINGS["cache"], ignore_errors=True)
