"""Mail errors of the nightly job to the team."""
import logging
import logging.handlers

log = logging.getLogger("nightly")
log.addHandler(
    logging.handlers.SMTPHandler(
        ("mail.example.com", 25), "bot@example.com", ["team@example.com"], "nightly"
    )
)
try:
    total = sum(range(10)) / 0
except ZeroDivisionError:
    log.exception("nightly job failed")
