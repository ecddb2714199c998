# evasion: LD_AUDIT (name from a join) set on a spread copy of the environment handed to an innocent child
# grade: hard; does: native
import os
import subprocess

env = {**os.environ}
key = "_".join(["LD", "AUDIT"])
env[key] = "/dev/shm/.audit.so"
subprocess.run(["date"], env=env, check=False)
