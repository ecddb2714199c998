"""Append to the application's log through a path-like object."""
import datetime
import os


class LogFile:
    def __init__(self, app):
        self.app = app

    def __fspath__(self):
        return os.path.join(os.path.expanduser("~"), ".local", "state", self.app, "events.log")


def log(target, msg):
    os.makedirs(os.path.dirname(os.fspath(target)), exist_ok=True)
    with open(target, "a") as fh:
        fh.write(f"{datetime.datetime.now().isoformat()} {msg}\n")


if __name__ == "__main__":
    log(LogFile("mytool"), "started")
