"""Plan and apply a cleanup of the build outputs."""
import shutil
import sys


def make_plan(argv):
    if "--all" in argv:
        return "build", True
    return "build/tmp", False


if __name__ == "__main__":
    plan = make_plan(sys.argv)
    shutil.rmtree(plan[0], ignore_errors=True)
    print("cleaned", plan[0])
