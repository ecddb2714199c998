"""Run the build step with a fixed locale."""
import os
import subprocess

env = {**os.environ, "LC_ALL": "C"}
subprocess.run(["make", "build"], env=env, check=True)
