#!/usr/bin/env python3
"""Tail an application log, count levels, and keep our own rotating summary log."""
import argparse
import collections
import logging
import logging.handlers
import os
import re
import sys

LINE = re.compile(r"^(?P<ts>\S+ \S+) (?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL) (?P<msg>.*)$")


def setup_logging(path, verbose):
    logger = logging.getLogger("logstats")
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=256_000, backupCount=3)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    logger.addHandler(console)
    return logger


def scan(path):
    levels = collections.Counter()
    errors = collections.Counter()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = LINE.match(line.rstrip("\n"))
            if not m:
                continue
            levels[m["level"]] += 1
            if m["level"] in ("ERROR", "CRITICAL"):
                errors[m["msg"][:60]] += 1
    return levels, errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("logfile")
    ap.add_argument("--summary-log", default=os.path.join(os.getcwd(), "logstats.log"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    log = setup_logging(args.summary_log, args.verbose)
    if not os.path.exists(args.logfile):
        log.error("no such file: %s", args.logfile)
        return 1
    levels, errors = scan(args.logfile)
    log.info("scanned %s: %s", args.logfile, dict(levels))
    for level in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        print(f"{level:<8} {levels.get(level, 0)}")
    if errors:
        print("most frequent errors:")
        for msg, n in errors.most_common(5):
            print(f"  {n:4d}  {msg}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
