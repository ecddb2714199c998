"""Remove a build directory, the one given or ./build."""
import shutil
import sys


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else "build"
    shutil.rmtree(target, ignore_errors=True)
    print("removed", target)


if __name__ == "__main__":
    main()
