"""Build the project out of tree with several compiler flag sets and run its tests.

Each configuration gets its own temporary build directory, removed afterwards.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

MATRIX = {
    "debug": ["-O0", "-g"],
    "release": ["-O2", "-DNDEBUG"],
    "asan": ["-O1", "-g", "-fsanitize=address"],
}


def run(cmd, cwd, env):
    start = time.monotonic()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    return proc.returncode, time.monotonic() - start, proc.stdout + proc.stderr


def build_one(name, flags, source_dir):
    tmpdir = tempfile.mkdtemp(prefix=f"build-{name}-")
    env = dict(os.environ, CFLAGS=" ".join(flags))
    try:
        steps = [
            ["cmake", "-S", source_dir, "-B", tmpdir, "-DCMAKE_BUILD_TYPE=" + name],
            ["cmake", "--build", tmpdir, "-j", str(os.cpu_count() or 2)],
            ["ctest", "--test-dir", tmpdir, "--output-on-failure"],
        ]
        elapsed = 0.0
        for cmd in steps:
            code, seconds, output = run(cmd, source_dir, env)
            elapsed += seconds
            if code != 0:
                tail = "\n".join(output.splitlines()[-20:])
                return False, elapsed, f"{' '.join(cmd)} failed:\n{tail}"
        return True, elapsed, ""
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def main():
    source_dir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
    if shutil.which("cmake") is None:
        print("cmake not found on PATH", file=sys.stderr)
        return 2
    failures = 0
    for name, flags in MATRIX.items():
        ok, seconds, detail = build_one(name, flags, source_dir)
        print(f"{name:8} {'ok' if ok else 'FAIL':4} {seconds:6.1f}s")
        if not ok:
            failures += 1
            print(detail)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
