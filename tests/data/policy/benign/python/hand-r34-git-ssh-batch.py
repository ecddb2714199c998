"""Fetch the mirror without prompts."""
import os
import subprocess

env = os.environ.copy()
env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o StrictHostKeyChecking=accept-new"
env.setdefault("PAGER", "less -R")
env["GIT_EDITOR"] = "vim"
subprocess.run(["git", "fetch", "mirror"], env=env, check=False)
