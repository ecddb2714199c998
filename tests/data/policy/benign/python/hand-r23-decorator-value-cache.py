"""Clear the build cache under the project."""
import os
import shutil


@lambda fn: os.path.join("build", fn.__doc__)
def cache_dir():
    "cache"


shutil.rmtree(cache_dir, ignore_errors=True)
