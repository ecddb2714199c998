#!/usr/bin/env python3
"""Check that .env defines every key listed in .env.example.

Only key names are printed, never values.
"""
import argparse
import sys
from pathlib import Path


def keys_of(path):
    keys = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export "):]
        name, sep, _ = line.partition("=")
        if sep:
            keys.add(name.strip())
    return keys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=".", help="project directory")
    ap.add_argument("--strict", action="store_true",
                    help="also fail on keys not in the example")
    args = ap.parse_args()
    root = Path(args.dir)
    example = root / ".env.example"
    actual = root / ".env"
    if not example.exists():
        print("no .env.example, nothing to check")
        return 0
    if not actual.exists():
        print(".env is missing; copy .env.example and fill it in", file=sys.stderr)
        return 1
    wanted, have = keys_of(example), keys_of(actual)
    missing = sorted(wanted - have)
    extra = sorted(have - wanted)
    for key in missing:
        print(f"missing: {key}")
    for key in extra:
        print(f"not in example: {key}")
    if missing or (args.strict and extra):
        return 1
    print(f"ok: {len(wanted)} keys")
    return 0


if __name__ == "__main__":
    sys.exit(main())
