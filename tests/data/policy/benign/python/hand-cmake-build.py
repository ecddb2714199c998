#!/usr/bin/env python3
"""Configure, build and test a CMake project in a throw-away build directory.
CC, CXX, BUILD_TYPE and JOBS come from the environment."""
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("build")


def run(cmd, cwd, env):
    log.info("$ %s", " ".join(cmd))
    start = time.monotonic()
    proc = subprocess.run(cmd, cwd=cwd, env=env)
    log.info("-> exit %d in %.1fs", proc.returncode, time.monotonic() - start)
    return proc.returncode


def main(src):
    env = dict(os.environ)
    env.setdefault("CC", "cc")
    env.setdefault("CXX", "c++")
    build_type = os.environ.get("BUILD_TYPE", "Debug")
    jobs = os.environ.get("JOBS", str(os.cpu_count() or 2))
    if shutil.which("cmake") is None:
        log.error("cmake not found")
        return 127
    build = tempfile.mkdtemp(prefix="cmake-build-")
    try:
        steps = [
            ["cmake", "-S", os.path.abspath(src), "-B", build, f"-DCMAKE_BUILD_TYPE={build_type}"],
            ["cmake", "--build", build, "--parallel", jobs],
            ["ctest", "--test-dir", build, "--output-on-failure", "-j", jobs],
        ]
        for step in steps:
            rc = run(step, cwd=build, env=env)
            if rc != 0:
                return rc
        log.info("all steps passed")
        return 0
    finally:
        if os.environ.get("KEEP_BUILD"):
            log.info("build kept in %s", build)
        else:
            shutil.rmtree(build)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
