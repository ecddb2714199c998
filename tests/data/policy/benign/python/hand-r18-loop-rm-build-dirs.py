"""Remove the build leftovers of every known location."""
import subprocess

for leftover in ["dist", "build", ".pytest_cache"]:
    subprocess.call(["rm", "-rf", "--", leftover])
