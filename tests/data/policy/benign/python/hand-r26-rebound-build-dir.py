"""Remove the build output (the old or the new layout)."""
import os
import shutil

out = "build"
if os.path.isdir("_build"):
    out = "_build"
out = os.path.join(out, "html")
if os.path.isdir(out):
    shutil.rmtree(out)


class Paths:
    CACHE = ".cache"


def configure(p):
    p.CACHE = os.path.join("build", ".cache")


configure(Paths)
shutil.rmtree(Paths.CACHE, ignore_errors=True)
