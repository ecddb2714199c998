#!/usr/bin/env python3
"""Read a Windows-exported log and print its lines."""
import sys

MARK = b"E\x00R\x00R\x00"


def main(path: str) -> None:
    with open(path, "rb") as fh:
        text = fh.read().decode("utf-16-le")
    mark = MARK.decode("utf-16-le")
    for line in text.splitlines():
        if mark in line:
            print(line)


if __name__ == "__main__":
    main(sys.argv[1])
