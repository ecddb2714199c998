#!/usr/bin/env python3
"""Run a command until it succeeds, with exponential backoff (a flaky test's wrapper)."""
import argparse
import logging
import subprocess
import sys
import time

log = logging.getLogger("retry")


def attempt(cmd, timeout):
    try:
        return subprocess.run(cmd, timeout=timeout).returncode
    except subprocess.TimeoutExpired:
        log.warning("timed out after %ss", timeout)
        return 124


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-n", "--tries", type=int, default=3)
    ap.add_argument("--delay", type=float, default=1.0)
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("command", nargs="*", default=["make", "test"])
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    delay = args.delay
    for n in range(1, args.tries + 1):
        code = attempt(args.command, args.timeout)
        if code == 0:
            log.info("succeeded on try %d", n)
            return 0
        log.warning("try %d of %d failed with %d", n, args.tries, code)
        if n < args.tries:
            time.sleep(delay)
            delay *= 2
    return code


if __name__ == "__main__":
    sys.exit(main())
