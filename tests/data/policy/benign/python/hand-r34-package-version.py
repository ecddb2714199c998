"""Print the installed version of a package."""
import sys
from importlib.metadata import version

print(version(sys.argv[1] if len(sys.argv) > 1 else "pip"))
