#!/usr/bin/env python3
"""Rotate the service logs named in the layout settings."""
import configparser
import os

LAYOUT = """
[base]
root = ${DEFAULT:top}

[logs]
dir = ${base:root}/logs
current = ${dir}/service.log
"""

cp = configparser.ConfigParser(
    defaults={"top": os.getcwd()},
    interpolation=configparser.ExtendedInterpolation(),
)
cp.read_string(LAYOUT)
cp.read_dict({"logs": {"keep": "5"}})


def rotate() -> None:
    cur = cp.get("logs", "current")
    if os.path.exists(cur):
        os.replace(cur, cur + ".1")


if __name__ == "__main__":
    rotate()
