"""Empty the build directory before a clean build."""
import subprocess
from pathlib import Path

out = Path("build")
out.mkdir(exist_ok=True)
subprocess.run(["find", ".", "-mindepth", "1", "-delete"], cwd=out, check=False)
subprocess.run(["git", "clean", "-fdx"], cwd="build", check=False)
