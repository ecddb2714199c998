import logging
import logging.handlers

log = logging.getLogger("metrics")
log.addHandler(logging.handlers.DatagramHandler("127.0.0.1", 9999))
log.setLevel(logging.INFO)
log.info("started with %d workers", 4)
