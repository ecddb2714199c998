"""A set of paths to report, built with |=."""
from pathlib import Path


class Report:
    def __init__(self):
        self.paths = []

    def __ior__(self, path):
        self.paths.append(str(path))
        return self


r = Report()
r |= Path.home()
r |= Path("build")
print(r.paths)
