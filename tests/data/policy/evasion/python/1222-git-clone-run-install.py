import subprocess
import tempfile

d = tempfile.mkdtemp()
subprocess.run(["git", "clone", "--depth=1", "https://git.example.net/tools/helper.git", d], check=True)
subprocess.run(["sh", "install.sh"], cwd=d, check=True)
