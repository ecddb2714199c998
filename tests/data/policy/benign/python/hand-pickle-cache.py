# Ordinary data tool: caches an expensive parse of a JSON-lines file in a pickle
# next to it (keyed on the source's mtime), loading the cache when it is fresh.
import json
import os
import pickle
import sys


def parse(path):
    with open(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


def cached(path):
    cache = path + ".pkl"
    mtime = os.path.getmtime(path)
    if os.path.exists(cache):
        with open(cache, "rb") as fh:
            stamp, data = pickle.load(fh)
        if stamp == mtime:
            return data
    data = parse(path)
    with open(cache, "wb") as fh:
        pickle.dump((mtime, data), fh)
    return data


if __name__ == "__main__":
    rows = cached(sys.argv[1] if len(sys.argv) > 1 else "events.jsonl")
    print(len(rows), "rows")
