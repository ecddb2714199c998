# Ordinary program: merges several JSON-lines exports into one, keeping the
# newest record per id (by "updated_at"), and writes the result atomically
# through a temporary file in the output directory.
import argparse
import json
import os
import sys
import tempfile
from datetime import datetime


def read_records(paths):
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    print(f"{path}:{n}: skipped ({exc.msg})", file=sys.stderr)


def stamp(rec):
    value = rec.get("updated_at") or "1970-01-01T00:00:00"
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def merge(records):
    best = {}
    for rec in records:
        key = rec.get("id")
        if key is None:
            continue
        if key not in best or stamp(rec) >= stamp(best[key]):
            best[key] = rec
    return [best[k] for k in sorted(best, key=str)]


def write_atomic(path, records):
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".merge-", suffix=".jsonl")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(rec, sort_keys=True) + "\n")
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    merged = merge(read_records(args.inputs))
    write_atomic(args.output, merged)
    print(f"{len(merged)} records -> {args.output}")


if __name__ == "__main__":
    main()
