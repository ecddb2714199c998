#!/usr/bin/env python3
"""Small release helper: a run() wrapper that forwards keyword arguments to subprocess."""
import logging
import subprocess
import sys

log = logging.getLogger("release")
DEFAULTS = {"check": True, "text": True}


def run(cmd, **kw):
    opts = dict(DEFAULTS, **kw)
    log.info("$ %s", " ".join(cmd))
    return subprocess.run(cmd, **opts)


def current_version():
    out = run(["git", "describe", "--tags", "--abbrev=0"], capture_output=True).stdout
    return out.strip().lstrip("v")


def changelog(since):
    fmt = "--format=%h|%s"
    out = run(["git", "log", fmt, f"v{since}..HEAD"], capture_output=True).stdout
    for line in out.splitlines():
        sha, _, subject = line.partition("|")
        yield sha, subject


def main():
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    version = current_version()
    print(f"changes since v{version}:")
    for sha, subject in changelog(version):
        print(f"  {sha} {subject}")
    run(["git", "status", "--short"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
