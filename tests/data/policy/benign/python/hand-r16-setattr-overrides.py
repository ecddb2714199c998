#!/usr/bin/env python3
"""Apply key=value overrides to options and clean the target."""
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
    apply(opts, [("target", "dist"), ("dry_run", "-n" in sys.argv)])
    if not opts.dry_run:
        shutil.rmtree(opts.target, ignore_errors=True)


if __name__ == "__main__":
    main()
