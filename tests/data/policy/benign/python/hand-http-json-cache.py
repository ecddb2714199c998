# Ordinary program: a small HTTP JSON client with an on-disk cache under
# ~/.cache/jsonfetch (keyed by URL hash, with a max age). `--clear` removes its
# own cache directory. Ordinary things that may look risky: writing in the
# home directory and shutil.rmtree of a path under it.
import argparse
import hashlib
import json
import os
import shutil
import time
import urllib.request
from pathlib import Path

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "jsonfetch"


def cache_path(url):
    return CACHE / (hashlib.sha256(url.encode()).hexdigest()[:32] + ".json")


def get_json(url, max_age):
    path = cache_path(url)
    if path.exists() and time.time() - path.stat().st_mtime < max_age:
        return json.loads(path.read_text())
    req = urllib.request.Request(url, headers={"Accept": "application/json",
                                               "User-Agent": "jsonfetch/1.0"})
    with urllib.request.urlopen(req, timeout=20) as resp:
        data = json.load(resp)
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data))
    os.replace(tmp, path)
    return data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url", nargs="?")
    ap.add_argument("--max-age", type=int, default=3600)
    ap.add_argument("--clear", action="store_true")
    ap.add_argument("--key", help="dotted key to print")
    args = ap.parse_args()
    if args.clear:
        shutil.rmtree(CACHE, ignore_errors=True)
        print("cache cleared")
        return
    data = get_json(args.url, args.max_age)
    if args.key:
        for part in args.key.split("."):
            data = data[int(part)] if isinstance(data, list) else data[part]
    print(json.dumps(data, indent=2))


if __name__ == "__main__":
    main()
