"""Keep a rolling log of the last run."""
import logging
import logging.handlers
import os

target = os.path.join(os.path.expanduser("~"), ".cache", "myapp", "run.log")
os.makedirs(os.path.dirname(target), exist_ok=True)
handler = logging.handlers.RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3)
handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
log = logging.getLogger("rolling")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.info("started")
