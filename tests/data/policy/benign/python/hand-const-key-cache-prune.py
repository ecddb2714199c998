# Ordinary program: a tool's cache pruner. Its settings are a dictionary
# whose keys are module-level constants (KEY_CACHE, KEY_HOME, KEY_MAX_AGE);
# the cache directory is ~/.cache/<tool> (under the home, kept with the
# home itself under another key), and it removes entries older than the
# maximum age, or the whole cache directory with --all.
import os
import shutil
import sys
import time

TOOL = "thumbgen"
KEY_HOME = "home"
KEY_CACHE = "cache_dir"
KEY_MAX_AGE = "max_age_days"


def settings():
    cfg = {KEY_HOME: os.path.expanduser("~"), KEY_MAX_AGE: 14}
    cfg[KEY_CACHE] = os.path.join(cfg[KEY_HOME], ".cache", TOOL)
    if os.environ.get("THUMBGEN_MAX_AGE"):
        cfg[KEY_MAX_AGE] = int(os.environ["THUMBGEN_MAX_AGE"])
    return cfg


def prune(cfg, everything=False):
    cache = cfg[KEY_CACHE]
    if not os.path.isdir(cache):
        print("no cache at", cache)
        return 0
    if everything:
        shutil.rmtree(cache)
        print("removed", cache)
        return 0
    limit = time.time() - cfg[KEY_MAX_AGE] * 86400
    removed = 0
    for entry in os.scandir(cache):
        if entry.stat().st_mtime < limit:
            if entry.is_dir():
                shutil.rmtree(entry.path)
            else:
                os.remove(entry.path)
            removed += 1
    print(f"removed {removed} old entries from {cache}")
    return removed


if __name__ == "__main__":
    prune(settings(), everything="--all" in sys.argv)
