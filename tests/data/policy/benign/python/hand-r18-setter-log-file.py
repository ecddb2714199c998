"""A logger whose file is opened for appending when it is set."""
from pathlib import Path


class Log:
    def __init__(self):
        self._path = None

    @property
    def path(self):
        return self._path

    @path.setter
    def path(self, p):
        Path(p).parent.mkdir(parents=True, exist_ok=True)
        with open(p, "a") as fh:
            fh.write("log opened\n")
        self._path = p


log = Log()
log.path = "build/logs/run.log"
