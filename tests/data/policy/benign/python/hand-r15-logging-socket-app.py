"""Ship application events to the local log collector."""
import logging
import logging.handlers
import platform

log = logging.getLogger("app")
log.setLevel(logging.INFO)
log.addHandler(logging.handlers.SocketHandler("localhost", logging.handlers.DEFAULT_TCP_LOGGING_PORT))


def main():
    log.info("started", extra={"host": platform.node(), "python": platform.python_version()})
    print("event sent")


if __name__ == "__main__":
    main()
