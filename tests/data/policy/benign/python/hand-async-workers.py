"""Run several lint and test commands in parallel, then fetch the issue tracker's open count."""
import asyncio
import json
import os
import sys
import urllib.request

def child_env(extra):
    env = os.environ.copy()
    env.update(extra)
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


async def collect(name, proc):
    out, _ = await proc.communicate()
    return name, proc.returncode, out.decode(errors="replace")


async def run_all():
    env = child_env({"NO_COLOR": "1", "TERM": "dumb"})
    pipe, both = asyncio.subprocess.PIPE, asyncio.subprocess.STDOUT
    lint = await asyncio.create_subprocess_exec("ruff", "check", ".", env=env, stdout=pipe, stderr=both)
    types = await asyncio.create_subprocess_exec("mypy", "src", env=env, stdout=pipe, stderr=both)
    tests = await asyncio.create_subprocess_exec(
        "python3", "-m", "pytest", "-q", env=env, stdout=pipe, stderr=both
    )
    results = await asyncio.gather(
        collect("ruff", lint), collect("mypy", types), collect("pytest", tests)
    )
    failed = 0
    for name, code, out in results:
        status = "ok" if code == 0 else "FAILED"
        print(f"{name:8} {status}")
        if code:
            failed += 1
            print(out[-2000:])
    return failed


def open_issues(repo):
    url = f"https://api.github.com/repos/{repo}/issues?state=open&per_page=1"
    req = urllib.request.Request(url, headers={"Accept": "application/vnd.github+json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return len(json.load(resp))


def main():
    failed = asyncio.run(run_all())
    if len(sys.argv) > 1:
        print("open issues:", open_issues(sys.argv[1]))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
