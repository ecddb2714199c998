#!/usr/bin/env python3
"""Send warnings to the logging system with a compact format."""
import logging
import warnings

log = logging.getLogger("cfg")


def to_log(message, category, filename, lineno, file=None, line=None):
    log.warning("%s: %s (%s:%d)", category.__name__, message, filename, lineno)


def check(cfg):
    if "timeout" in cfg:
        warnings.warn("'timeout' is deprecated; use 'deadline'", DeprecationWarning)
    if cfg.get("retries", 0) > 10:
        warnings.warn("more than 10 retries is rarely useful")


def main():
    logging.basicConfig(level=logging.INFO)
    warnings.showwarning = to_log
    warnings.simplefilter("always")
    check({"timeout": 5, "retries": 20})


if __name__ == "__main__":
    main()
