import subprocess


class Job:
    _prog = "git"

    def __init__(self, sub):
        self._sub = sub

    @property
    def argv(self):
        return [self._prog, self._sub]


subprocess.Popen(Job("status").argv).wait()
