import shutil
import subprocess

git = shutil.which("git")
if git is None:
    raise SystemExit("git not found")
subprocess.call([git, "status", "--short"])
