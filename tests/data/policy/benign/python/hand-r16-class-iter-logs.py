#!/usr/bin/env python3
"""Append a run marker to each service log."""
from pathlib import Path

LINE = "\n--- run started ---\n"


class LogFiles:
    def __init__(self, names):
        self.names = names

    def __iter__(self):
        for n in self.names:
            yield Path("logs") / (n + ".log")


def main() -> None:
    for log in LogFiles(["api", "worker"]):
        log.parent.mkdir(exist_ok=True)
        with open(log, "a") as fh:
            fh.write(LINE)


if __name__ == "__main__":
    main()
