#!/usr/bin/env python3
"""Apply the user's overrides and record the install in a log."""
from pathlib import Path


class Settings:
    log_file = "install.log"
    verbose = False


OVERRIDES = {
    "verbose": True,
    "log_file": Path("logs") / "install.log",
}


def load() -> Settings:
    s = Settings()
    for name, value in OVERRIDES.items():
        setattr(s, name, value)
    return s


def record(s: Settings) -> None:
    Path(s.log_file).parent.mkdir(exist_ok=True)
    with open(s.log_file, "a") as fh:
        fh.write("installed\n")


if __name__ == "__main__":
    record(load())
