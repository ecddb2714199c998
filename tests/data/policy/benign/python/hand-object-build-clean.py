# Ordinary program: a small build helper. A "Project" object keeps its root
# directory (the current directory or the one given) and hands back its
# build and cache directories from methods and a property; "clean" removes
# those, "build" runs the project's own commands through a Step object that
# returns its argument list from argv().
import os
import shutil
import subprocess
import sys
from pathlib import Path


class Project:
    def __init__(self, root):
        self.root = root

    def build_dir(self):
        return os.path.join(self.root, "build")

    @property
    def cache_dir(self):
        return Path(self.root) / ".cache" / "buildtool"


class Step:
    def __init__(self, words):
        self.words = words

    def argv(self):
        return ["python3", "-m"] + self.words


def clean(project):
    for d in (project.build_dir(), project.cache_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
            print("removed", d)


def build(project):
    os.makedirs(project.build_dir(), exist_ok=True)
    res = subprocess.run(Step(["compileall", "-q", "src"]).argv(), cwd=project.root)
    if res.returncode == 0:
        res = subprocess.run(Step(["pytest", "-q"]).argv(), cwd=project.root)
    return res.returncode


def main(argv):
    project = Project(argv[2] if len(argv) > 2 else os.getcwd())
    if len(argv) > 1 and argv[1] == "clean":
        clean(project)
        return 0
    return build(project)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
