"""Build and tag a Docker image for the current git commit, optionally push it."""
import argparse
import os
import shlex
import subprocess
import sys


def git(*args):
    return subprocess.check_output(["git", *args], text=True).strip()


def image_tags(repo, commit, branch):
    tags = [f"{repo}:{commit[:12]}"]
    if branch in ("main", "master"):
        tags.append(f"{repo}:latest")
    return tags


def docker(args, dry_run):
    print("+", shlex.join(["docker", *args]))
    if dry_run:
        return 0
    return subprocess.call(["docker", *args])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=os.environ.get("IMAGE_REPO", "registry.example.com/app"))
    ap.add_argument("--file", default="Dockerfile")
    ap.add_argument("--push", action="store_true")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    commit = git("rev-parse", "HEAD")
    branch = git("rev-parse", "--abbrev-ref", "HEAD")
    dirty = bool(git("status", "--porcelain"))
    if dirty:
        print("warning: working tree has uncommitted changes", file=sys.stderr)

    tags = image_tags(args.repo, commit, branch)
    build = ["build", "-f", args.file, "--label", f"org.opencontainers.image.revision={commit}"]
    for tag in tags:
        build += ["-t", tag]
    build.append(".")
    if docker(build, args.dry_run) != 0:
        return 1
    if args.push:
        for tag in tags:
            if docker(["push", tag], args.dry_run) != 0:
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
