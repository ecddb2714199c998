"""Cache the results of a slow computation in a shelve file the program
itself writes under ~/.cache, keyed by the input's hash."""
import hashlib
import os
import shelve
import time


CACHE_DIR = os.path.join(os.path.expanduser("~"), ".cache", "wordstats")


def slow_stats(text):
    time.sleep(0.01)
    words = text.split()
    return {
        "words": len(words),
        "unique": len(set(w.lower() for w in words)),
        "longest": max(words, key=len) if words else "",
    }


def cached_stats(text, db):
    key = hashlib.sha256(text.encode()).hexdigest()
    if key in db:
        return db[key], True
    value = slow_stats(text)
    db[key] = value
    return value, False


def main():
    os.makedirs(CACHE_DIR, exist_ok=True)
    samples = [
        "the quick brown fox jumps over the lazy dog",
        "a stitch in time saves nine",
        "the quick brown fox jumps over the lazy dog",
    ]
    with shelve.open(os.path.join(CACHE_DIR, "stats")) as db:
        for text in samples:
            stats, hit = cached_stats(text, db)
            print(("hit " if hit else "miss"), stats)


if __name__ == "__main__":
    main()
