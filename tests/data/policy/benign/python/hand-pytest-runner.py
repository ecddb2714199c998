"""Run the test suite with pytest in a subprocess, parse its JUnit XML and
print the slowest tests."""
import argparse
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def run_pytest(paths, junit, extra):
    cmd = [sys.executable, "-m", "pytest", "-q", f"--junitxml={junit}", *extra, *paths]
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run(cmd, env=env)
    return proc.returncode


def parse_junit(path):
    tree = ET.parse(path)
    cases = []
    for case in tree.iter("testcase"):
        name = f"{case.get('classname')}::{case.get('name')}"
        t = float(case.get("time", 0))
        state = "ok"
        if case.find("failure") is not None or case.find("error") is not None:
            state = "FAIL"
        elif case.find("skipped") is not None:
            state = "skip"
        cases.append((t, name, state))
    return cases


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", default=["tests"])
    ap.add_argument("--slowest", type=int, default=5)
    ap.add_argument("-k", dest="keyword")
    args = ap.parse_args()
    extra = ["-k", args.keyword] if args.keyword else []

    with tempfile.TemporaryDirectory() as tmp:
        junit = os.path.join(tmp, "junit.xml")
        code = run_pytest(args.paths, junit, extra)
        if not os.path.exists(junit):
            print("pytest produced no report", file=sys.stderr)
            return code or 1
        cases = parse_junit(junit)

    failed = [c for c in cases if c[2] == "FAIL"]
    print(f"{len(cases)} tests, {len(failed)} failed")
    for t, name, state in sorted(cases, reverse=True)[: args.slowest]:
        print(f"{t:8.3f}s {state:4} {name}")
    return code


if __name__ == "__main__":
    sys.exit(main())
