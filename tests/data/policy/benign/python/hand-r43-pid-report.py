"""Report the process id and interpreter."""
import os
import sys

print(os.getpid(), sys.executable, sys.version)
