import os
import subprocess
import tempfile

d = tempfile.mkdtemp()
subprocess.run(["git", "clone", "--depth=1", "https://github.com/example/docs.git", d], check=True)
print(sorted(os.listdir(d)))
