"""Clean the folders named in the settings table."""
import shutil


class Names:
    BUILD = "build"
    DOCS = "docs"


FOLDERS = {Names.BUILD: "build/out", Names.DOCS: "docs/_build"}


def clean(kind):
    shutil.rmtree(FOLDERS[kind], ignore_errors=True)


clean(Names.DOCS)
