"""Hash every file under a directory with a process pool and write (or verify)
a JSON manifest."""
import argparse
import concurrent.futures
import hashlib
import json
import os
import sys


def digest(path, algorithm="sha256"):
    h = hashlib.new(algorithm)
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return path, h.hexdigest()


def walk(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            yield os.path.join(dirpath, name)


def build_manifest(root, workers):
    result = {}
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        for path, hexdigest in pool.map(digest, walk(root), chunksize=16):
            result[os.path.relpath(path, root)] = hexdigest
    return dict(sorted(result.items()))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root")
    parser.add_argument("--manifest", default="MANIFEST.json")
    parser.add_argument("--verify", action="store_true")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()

    current = build_manifest(args.root, args.jobs)
    if not args.verify:
        with open(args.manifest, "w", encoding="utf-8") as fh:
            json.dump(current, fh, indent=2)
        print(f"wrote {len(current)} entries to {args.manifest}")
        return 0

    with open(args.manifest, encoding="utf-8") as fh:
        expected = json.load(fh)
    bad = 0
    for name in sorted(set(expected) | set(current)):
        if name not in current:
            print("missing ", name)
        elif name not in expected:
            print("new     ", name)
        elif expected[name] != current[name]:
            print("changed ", name)
        else:
            continue
        bad += 1
    print("ok" if not bad else f"{bad} difference(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
