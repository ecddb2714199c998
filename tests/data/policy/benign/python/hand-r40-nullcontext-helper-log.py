"""Append a run record to the log, or to a given file."""
import contextlib
import os


def logfile(path=None):
    if path is None:
        return contextlib.nullcontext(os.path.join("logs", "runs.log"))
    return contextlib.nullcontext(path)


def main():
    with logfile() as log, open(log, "a") as fh:
        fh.write("run ok\n")


if __name__ == "__main__":
    main()
