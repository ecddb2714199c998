# Ordinary program: an application's cache manager. The "AppDirs" object is
# made with the user's home directory and the application's name, and its
# cache() method and config property return directories under the home
# (~/.cache/<app>, ~/.config/<app>); "--reset-cache" removes the cache
# directory only, and the config is read, never removed.
import json
import os
import shutil
import sys


class AppDirs:
    def __init__(self, home, app):
        self.home = home
        self.app = app

    def cache(self):
        return os.path.join(self.home, ".cache", self.app)

    @property
    def config(self):
        return os.path.join(self.home, ".config", self.app)


def load_settings(dirs):
    path = os.path.join(dirs.config, "settings.json")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def main(argv):
    dirs = AppDirs(os.path.expanduser("~"), "photosort")
    settings = load_settings(dirs)
    print("settings:", settings)
    if "--reset-cache" in argv:
        shutil.rmtree(dirs.cache(), ignore_errors=True)
        os.makedirs(dirs.cache(), exist_ok=True)
        print("cache reset:", dirs.cache())


if __name__ == "__main__":
    main(sys.argv[1:])
