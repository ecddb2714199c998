"""Count words across many text files with a process pool and merge the
counters."""
import argparse
import collections
import multiprocessing
import os
import re
import sys

WORD = re.compile(r"[A-Za-z']+")


def count_file(path):
    counts = collections.Counter()
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                counts.update(w.lower() for w in WORD.findall(line))
    except OSError as exc:
        print(f"skip {path}: {exc}", file=sys.stderr)
    return counts


def find_files(root, suffixes):
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            if name.endswith(suffixes):
                yield os.path.join(dirpath, name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root", nargs="?", default=".")
    ap.add_argument("--ext", action="append", default=[".txt", ".md"])
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()

    files = list(find_files(args.root, tuple(args.ext)))
    total = collections.Counter()
    with multiprocessing.Pool(args.jobs) as pool:
        for counts in pool.imap_unordered(count_file, files, chunksize=8):
            total.update(counts)
    print(f"{len(files)} files, {sum(total.values())} words, {len(total)} distinct")
    for word, n in total.most_common(args.top):
        print(f"{n:8} {word}")


if __name__ == "__main__":
    main()
