#!/usr/bin/env python3
"""List the targets of a Makefile and dry-run the ones asked for, so an agent
can see which commands a build would execute before running it."""
import argparse
import re
import shutil
import subprocess
import sys

TARGET = re.compile(r"^([A-Za-z0-9_.\-/]+)\s*:(?!=)")


def targets(path):
    found = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(("\t", "#", ".")):
                continue
            m = TARGET.match(line)
            if m and m.group(1) not in found:
                found.append(m.group(1))
    return found


def dry_run(target, makefile, jobs):
    make = shutil.which("make")
    if make is None:
        raise SystemExit("make not installed")
    proc = subprocess.run([make, "-n", "-f", makefile, f"-j{jobs}", target],
                          capture_output=True, text=True, timeout=120)
    return proc.returncode, proc.stdout.splitlines(), proc.stderr.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("targets", nargs="*")
    ap.add_argument("-f", "--file", default="Makefile")
    ap.add_argument("-j", "--jobs", type=int, default=1)
    args = ap.parse_args()
    known = targets(args.file)
    if not args.targets:
        print("\n".join(known))
        return 0
    status = 0
    for t in args.targets:
        if t not in known:
            print(f"{t}: not a target of {args.file}", file=sys.stderr)
            status = 1
            continue
        code, cmds, err = dry_run(t, args.file, args.jobs)
        print(f"== {t} ({len(cmds)} commands)")
        for c in cmds:
            print(f"   {c}")
        if code:
            print(f"   make -n failed: {err}", file=sys.stderr)
            status = code
    return status


if __name__ == "__main__":
    sys.exit(main())
