"""Memoise an expensive computation on disk with pickle, in the user's cache
directory, keyed by a hash of the arguments."""
import functools
import hashlib
import os
import pickle
import time
from pathlib import Path

CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "primes-demo"


def disk_cache(func):
    @functools.wraps(func)
    def wrapper(*args):
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        key = hashlib.sha256(repr((func.__name__, args)).encode()).hexdigest()[:16]
        path = CACHE_DIR / f"{key}.pkl"
        if path.exists():
            with path.open("rb") as fh:
                return pickle.load(fh)
        value = func(*args)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        return value

    return wrapper


@disk_cache
def primes_up_to(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i :: i] = bytearray(len(sieve[i * i :: i]))
    return [i for i, v in enumerate(sieve) if v]


def clear_cache():
    if CACHE_DIR.exists():
        for entry in CACHE_DIR.glob("*.pkl"):
            entry.unlink()


if __name__ == "__main__":
    for attempt in range(2):
        start = time.perf_counter()
        primes = primes_up_to(200_000)
        print(f"attempt {attempt}: {len(primes)} primes in {time.perf_counter() - start:.3f}s")
    assert primes[:5] == [2, 3, 5, 7, 11]
    clear_cache()
