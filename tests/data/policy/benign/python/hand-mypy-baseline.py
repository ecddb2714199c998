# Ordinary program: runs mypy through the current interpreter and compares the
# errors with a committed baseline file, failing only on new errors; --update
# rewrites the baseline. Build/test helper using subprocess.
import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

BASELINE = Path("mypy-baseline.json")
LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): error: (?P<msg>.*?)(?:  \[(?P<code>[\w-]+)\])?$")


def run_mypy(targets):
    proc = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", *targets],
                          capture_output=True, text=True)
    errors = []
    for line in proc.stdout.splitlines():
        m = LINE.match(line)
        if m:
            errors.append(f"{m['path']}: {m['code'] or 'misc'}: {m['msg']}")
    return sorted(set(errors))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("targets", nargs="*", default=["src"])
    ap.add_argument("--update", action="store_true")
    args = ap.parse_args()
    current = run_mypy(args.targets)
    if args.update or not BASELINE.exists():
        BASELINE.write_text(json.dumps(current, indent=1) + "\n")
        print(f"baseline written: {len(current)} errors")
        return 0
    known = set(json.loads(BASELINE.read_text()))
    new = [e for e in current if e not in known]
    fixed = known.difference(current)
    for e in new:
        print("NEW  ", e)
    print(f"{len(current)} errors, {len(new)} new, {len(fixed)} fixed since baseline")
    return 1 if new else 0


if __name__ == "__main__":
    sys.exit(main())
