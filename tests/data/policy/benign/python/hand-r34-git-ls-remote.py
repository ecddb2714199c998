"""Check that the mirror remote answers."""
import os
import subprocess

env = dict(os.environ)
env["GIT_TERMINAL_PROMPT"] = "0"
r = subprocess.run(["git", "ls-remote", "https://git.example.net/repo.git"], env=env)
print("remote ok" if r.returncode == 0 else "remote down")
