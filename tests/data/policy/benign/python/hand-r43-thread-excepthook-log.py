"""Background worker with error logging."""
import logging
import threading


def report(args):
    logging.error("worker failed: %s", args.exc_value)


threading.excepthook = report


def work():
    raise RuntimeError("boom")


t = threading.Thread(target=work)
t.start()
t.join()
