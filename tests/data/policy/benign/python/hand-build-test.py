#!/usr/bin/env python3
"""Build the project and run its test suite, reporting timings."""
import argparse
import os
import shutil
import subprocess
import sys
import time

STEPS = [
    ("configure", ["cmake", "-S", ".", "-B", "build", "-DCMAKE_BUILD_TYPE=Release"]),
    ("build", ["cmake", "--build", "build", "-j", str(os.cpu_count() or 2)]),
    ("test", ["ctest", "--test-dir", "build", "--output-on-failure"]),
]


def run_step(name, cmd, env):
    print(f"==> {name}: {' '.join(cmd)}", flush=True)
    t0 = time.monotonic()
    proc = subprocess.run(cmd, env=env)
    dt = time.monotonic() - t0
    status = "ok" if proc.returncode == 0 else f"failed ({proc.returncode})"
    print(f"<== {name} {status} in {dt:.1f}s", flush=True)
    return proc.returncode, dt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clean", action="store_true", help="remove build/ first")
    ap.add_argument("--skip-tests", action="store_true")
    args = ap.parse_args()

    if args.clean and os.path.isdir("build"):
        shutil.rmtree("build")
    env = dict(os.environ, CTEST_PARALLEL_LEVEL="2")
    missing = [c[1][0] for c in STEPS if shutil.which(c[1][0]) is None]
    if missing:
        print("missing tools: " + ", ".join(sorted(set(missing))), file=sys.stderr)
        return 2
    total = 0.0
    for name, cmd in STEPS:
        if name == "test" and args.skip_tests:
            continue
        rc, dt = run_step(name, cmd, env)
        total += dt
        if rc != 0:
            return rc
    print(f"all steps passed in {total:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
