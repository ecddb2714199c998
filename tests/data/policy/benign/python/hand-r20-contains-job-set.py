"""A job registry whose membership test checks a set."""


class Registry:
    def __init__(self):
        self.done = set()

    def __contains__(self, name):
        return name in self.done


jobs = Registry()
jobs.done.add("build")
if "build" in jobs:
    print("built")
