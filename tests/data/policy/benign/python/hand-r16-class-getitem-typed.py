#!/usr/bin/env python3
"""Typed handle for cache areas."""
from pathlib import Path


class Area:
    kinds = {}

    def __class_getitem__(cls, kind):
        cls.kinds[kind] = Path(".cache") / str(kind)
        return cls


def prepare() -> None:
    CacheArea = Area["thumbs"]
    print("prepared", CacheArea.kinds)


if __name__ == "__main__":
    prepare()
