# Ordinary: prints records in a format chosen by name; output formatters are
# plugins named "module:function" in a table (or a JSON config) and resolved
# with pkgutil.resolve_name.
import argparse
import json
import pkgutil
import sys

FORMATTERS = {
    "json": {"call": "json:dumps", "kwargs": {"indent": 2, "sort_keys": True}},
    "pretty": {"call": "pprint:pformat", "kwargs": {"width": 60}},
    "repr": {"call": "builtins:repr", "kwargs": {}},
}

RECORDS = [
    {"id": 1, "name": "alpha", "tags": ["a", "b"]},
    {"id": 2, "name": "beta", "tags": []},
]


def load_formatters(path):
    table = dict(FORMATTERS)
    if path:
        with open(path) as fh:
            table.update(json.load(fh).get("formatters", {}))
    return table


def render(records, spec):
    fn = pkgutil.resolve_name(spec["call"])
    return fn(records, **spec.get("kwargs", {}))


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--format", default="json")
    ap.add_argument("--config")
    args = ap.parse_args(argv)
    table = load_formatters(args.config)
    if args.format not in table:
        print(f"unknown format {args.format}; have {sorted(table)}", file=sys.stderr)
        return 2
    print(render(RECORDS, table[args.format]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
