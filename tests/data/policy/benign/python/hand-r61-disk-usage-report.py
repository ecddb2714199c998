#!/usr/bin/env python3
"""Report disk usage of home and clear this tool's own cache if full."""
import os
import shutil

CACHE = os.path.join(os.path.expanduser("~"), ".cache", "usage-report")


def percent(path):
    total, used, _free = shutil.disk_usage(path)
    return round(used / total * 100, 1)


def main():
    home = os.path.expanduser("~")
    p = percent(home)
    print(f"home: {p}% used")
    if p > 95 and os.path.isdir(CACHE):
        shutil.rmtree(CACHE)
        print("cleared", CACHE)


if __name__ == "__main__":
    main()
