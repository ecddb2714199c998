import os


class Ready:
    def __bool__(self):
        return os.path.exists("build/done")


if Ready():
    print("ready")
