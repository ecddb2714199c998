#!/usr/bin/env python3
"""Clone a private repository with a deploy key for a CI job, list its tags,
and remove the checkout afterwards.

DEPLOY_KEY_PATH names the key file the CI system mounted for this job.
"""
import os
import shlex
import shutil
import subprocess
import sys
import tempfile


def git(*args, cwd=None, env=None):
    result = subprocess.run(["git", *args], cwd=cwd, env=env, check=True,
                            capture_output=True, text=True)
    return result.stdout.strip()


def clone_env():
    env = os.environ.copy()
    key = os.environ.get("DEPLOY_KEY_PATH")
    if key:
        env["GIT_SSH_COMMAND"] = " ".join([
            "ssh", "-i", shlex.quote(key),
            "-o", "IdentitiesOnly=yes",
            "-o", "StrictHostKeyChecking=accept-new",
        ])
    return env


def main():
    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} git@host:org/repo.git", file=sys.stderr)
        return 2
    url = sys.argv[1]
    workdir = tempfile.mkdtemp(prefix="ci-clone-")
    try:
        dest = os.path.join(workdir, "repo")
        git("clone", "--depth", "50", "--no-single-branch", url, dest, env=clone_env())
        git("fetch", "--tags", cwd=dest, env=clone_env())
        tags = git("tag", "--sort=-creatordate", cwd=dest).splitlines()
        head = git("rev-parse", "--short", "HEAD", cwd=dest)
        print(f"HEAD {head}")
        for tag in tags[:10]:
            print(f"  {tag}")
    except subprocess.CalledProcessError as exc:
        print(exc.stderr, file=sys.stderr)
        return exc.returncode
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
