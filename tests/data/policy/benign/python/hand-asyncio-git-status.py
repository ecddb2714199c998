#!/usr/bin/env python3
"""Report the git status of every repository under a directory, concurrently."""
import asyncio
import os
import sys


async def git(repo, *args):
    proc = await asyncio.create_subprocess_exec(
        "git", "-C", repo, *args,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(err.decode().strip())
    return out.decode()


async def status(repo, sem):
    async with sem:
        try:
            branch = (await git(repo, "rev-parse", "--abbrev-ref", "HEAD")).strip()
            dirty = await git(repo, "status", "--porcelain")
            ahead = (await git(repo, "rev-list", "--count", "@{u}..HEAD")).strip()
        except RuntimeError as e:
            return repo, "?", f"error: {e.args[0][:50]}"
        changed = len([l for l in dirty.splitlines() if l])
        return repo, branch, f"{changed} changed, {ahead} ahead"


def find_repos(root, depth=2):
    repos = []
    for dirpath, dirnames, _ in os.walk(root):
        if ".git" in dirnames:
            repos.append(dirpath)
            dirnames[:] = []
        elif dirpath[len(root):].count(os.sep) >= depth:
            dirnames[:] = []
    return sorted(repos)


async def main(root):
    sem = asyncio.Semaphore(4)
    repos = find_repos(root)
    results = await asyncio.gather(*(status(r, sem) for r in repos))
    for repo, branch, info in results:
        print(f"{os.path.relpath(repo, root):<40} {branch:<20} {info}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else ".")))
