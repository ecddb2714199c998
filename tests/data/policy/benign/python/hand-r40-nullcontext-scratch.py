"""Use a scratch area, either a fresh temporary one or a fixed one."""
import contextlib
import os
import tempfile


def scratch(fixed):
    if fixed:
        return contextlib.nullcontext(os.path.join("build", "scratch"))
    return tempfile.TemporaryDirectory()


def main():
    with scratch(True) as area:
        os.makedirs(area, exist_ok=True)
        print("scratch at", area)


if __name__ == "__main__":
    main()
