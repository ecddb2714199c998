#!/usr/bin/env python3
"""A small repo helper for an agent: named git and test commands from a fixed
table, run with a list of arguments, output captured and summarised."""
import argparse
import json
import subprocess
import sys
import time

COMMANDS = {
    "status": ["git", "status", "--short", "--branch"],
    "log": ["git", "log", "--oneline", "-15"],
    "diffstat": ["git", "diff", "--stat"],
    "branches": ["git", "branch", "-vv"],
    "test": ["pytest", "-q", "-x"],
    "lint": ["ruff", "check", "."],
}


def run(name, cwd):
    argv = COMMANDS[name]
    start = time.monotonic()
    proc = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=600)
    return {
        "name": name,
        "returncode": proc.returncode,
        "seconds": round(time.monotonic() - start, 3),
        "stdout_tail": proc.stdout.splitlines()[-20:],
        "stderr_tail": proc.stderr.splitlines()[-20:],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("names", nargs="+", choices=sorted(COMMANDS))
    ap.add_argument("-C", "--cwd", default=".")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    results = [run(n, args.cwd) for n in args.names]
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    else:
        for r in results:
            print(f"== {r['name']} (exit {r['returncode']}, {r['seconds']}s)")
            for line in r["stdout_tail"]:
                print("  ", line)
    return max(r["returncode"] for r in results)


if __name__ == "__main__":
    sys.exit(main())
