"""Build directory object usable anywhere a path is expected."""
import os
import shutil
import tempfile


class BuildDir:
    def __init__(self, name):
        self.name = name

    def __fspath__(self):
        base = os.environ.get("BUILD_BASE") or tempfile.gettempdir()
        return os.path.join(base, "mybuild", self.name)


def clean(bd):
    if os.path.isdir(bd):
        shutil.rmtree(bd)
        print("removed", os.fspath(bd))


if __name__ == "__main__":
    clean(BuildDir("objs"))
