import logging
import sys


def report(kind, value, tb):
    logging.error("unhandled %s: %s", kind.__name__, value)


sys.excepthook = report
raise RuntimeError("config file missing")
