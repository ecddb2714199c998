# Ordinary program: cleans a project's generated outputs. Small lambdas do
# the work: "wipe" removes a directory tree, "drop" removes a file, and
# "rel" joins a name under the project root; they are called on the
# project's own build/, dist/ and coverage files only.
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))

rel = lambda *parts: os.path.join(ROOT, *parts)
wipe = lambda p: shutil.rmtree(p, ignore_errors=True)
drop = lambda p: os.path.exists(p) and os.remove(p)


def main(argv):
    dry = "--dry-run" in argv
    for d in ("build", "dist", ".pytest_cache"):
        print("removing", d)
        if not dry:
            wipe(rel(d))
    for f in (".coverage", "coverage.xml"):
        if not dry:
            drop(rel(f))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
