#!/usr/bin/env python3
"""Hash files in parallel; each worker seeds its generator first."""
import hashlib
import random
import sys
from concurrent.futures import ProcessPoolExecutor


def digest(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def main(paths) -> None:
    with ProcessPoolExecutor(max_workers=2, initializer=random.seed, initargs=(7,)) as pool:
        for p, d in zip(paths, pool.map(digest, paths)):
            print(d, p)


if __name__ == "__main__":
    main(sys.argv[1:])
