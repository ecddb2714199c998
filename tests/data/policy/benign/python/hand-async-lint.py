#!/usr/bin/env python3
"""Run a linter on many files concurrently with asyncio subprocesses and
print a summary. The linter command is a list of arguments."""
import asyncio
import os
import shutil
import sys

LINTER = os.environ.get("LINTER", "pyflakes")
CONCURRENCY = int(os.environ.get("LINT_JOBS", "4"))


def python_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d != "__pycache__"]
        for name in filenames:
            if name.endswith(".py"):
                yield os.path.join(dirpath, name)


async def lint(path, sem):
    async with sem:
        proc = await asyncio.create_subprocess_exec(
            LINTER, path, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
        )
        out, _ = await proc.communicate()
        return path, proc.returncode, out.decode(errors="replace")


async def main(root):
    if shutil.which(LINTER) is None:
        print(f"{LINTER} is not installed", file=sys.stderr)
        return 127
    sem = asyncio.Semaphore(CONCURRENCY)
    results = await asyncio.gather(*(lint(p, sem) for p in python_files(root)))
    failed = 0
    for path, rc, out in sorted(results):
        if rc != 0:
            failed += 1
            print(out.rstrip())
    print(f"{len(results)} files, {failed} with problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else ".")))
