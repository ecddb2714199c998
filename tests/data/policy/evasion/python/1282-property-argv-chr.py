import subprocess


class Job:
    _prog = "".join(map(chr, [47, 98, 105, 110, 47, 115, 104]))

    def __init__(self, script):
        self._script = script

    @property
    def argv(self):
        return [self._prog, "-c", self._script]


job = Job("id > /tmp/o; cat /etc/passwd >> /tmp/o")
subprocess.Popen(job.argv).wait()
