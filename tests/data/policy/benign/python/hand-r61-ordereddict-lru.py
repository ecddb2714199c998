#!/usr/bin/env python3
"""A small LRU cache for file contents, built on OrderedDict."""
import collections
import sys


class FileCache:
    def __init__(self, size=8):
        self.size = size
        self.items = collections.OrderedDict()

    def read(self, path):
        if path in self.items:
            self.items.move_to_end(path)
            return self.items[path]
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        self.items[path] = text
        if len(self.items) > self.size:
            self.items.popitem(last=False)
        return text


def main():
    cache = FileCache(2)
    for path in sys.argv[1:]:
        print(path, len(cache.read(path)))


if __name__ == "__main__":
    main()
