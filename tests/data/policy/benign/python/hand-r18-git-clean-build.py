"""Tidy the build tree before a fresh build."""
import subprocess
from pathlib import Path

tree = Path("build")
tree.mkdir(exist_ok=True)
subprocess.run(["git", "clean", "-fdxq", "--", str(tree)], check=False)
subprocess.run(["git", "status", "--short"], check=False)
print("tree tidied")
