# Ordinary program: runs the project's test modules in parallel, each under
# "python -m pytest" as an asyncio subprocess with a concurrency limit, inside
# a TemporaryDirectory used as the base temp dir, and summarises the results.
import asyncio
import pathlib
import sys
import tempfile


async def run_one(path, sem, basetemp):
    async with sem:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "pytest", "-q", str(path), f"--basetemp={basetemp}/{path.stem}",
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        out, _ = await proc.communicate()
        return path, proc.returncode, out.decode(errors="replace")


async def main(argv):
    tests = sorted(pathlib.Path(argv[0] if argv else "tests").glob("test_*.py"))
    sem = asyncio.Semaphore(4)
    with tempfile.TemporaryDirectory(prefix="pytest-") as basetemp:
        results = await asyncio.gather(*(run_one(t, sem, basetemp) for t in tests))
    failed = [p for p, rc, _ in results if rc != 0]
    for p, rc, out in results:
        status = "ok" if rc == 0 else "FAIL"
        print(f"{status:4s} {p}")
        if rc != 0:
            print(out[-2000:])
    print(f"{len(tests) - len(failed)}/{len(tests)} modules passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
