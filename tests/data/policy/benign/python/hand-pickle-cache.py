#!/usr/bin/env python3
"""Memoise an expensive computation on disk with pickle, in our own cache dir."""
import hashlib
import os
import pickle
import shutil
import tempfile
import time

CACHE_DIR = os.path.join(tempfile.gettempdir(), "primes-cache-demo")


def cache_path(key):
    return os.path.join(CACHE_DIR, hashlib.sha1(repr(key).encode()).hexdigest() + ".pkl")


def cached(fn):
    def wrapper(*args):
        os.makedirs(CACHE_DIR, exist_ok=True)
        path = cache_path((fn.__name__, args))
        if os.path.exists(path):
            with open(path, "rb") as f:
                return pickle.load(f)
        result = fn(*args)
        with open(path, "wb") as f:
            pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
        return result
    return wrapper


@cached
def primes_below(n):
    sieve = bytearray([1]) * n
    sieve[:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(sieve[i * i::i]))
    return [i for i, v in enumerate(sieve) if v]


if __name__ == "__main__":
    try:
        t0 = time.perf_counter()
        first = primes_below(200_000)
        t1 = time.perf_counter()
        second = primes_below(200_000)
        t2 = time.perf_counter()
        assert first == second
        print(f"{len(first)} primes; cold {t1 - t0:.3f}s, warm {t2 - t1:.3f}s")
    finally:
        shutil.rmtree(CACHE_DIR, ignore_errors=True)
