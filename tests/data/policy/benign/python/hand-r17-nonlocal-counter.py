import shutil


def run():
    target = "/tmp/build-cache"

    def widen():
        nonlocal target
        target = target + "-old"

    widen()
    shutil.rmtree(target, ignore_errors=True)


run()
