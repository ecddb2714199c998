"""Pack the build directory into dist.zip and test the archive."""
import subprocess

subprocess.run(["zip", "-q", "-r", "dist.zip", "build"], check=True)
subprocess.run(["unzip", "-tq", "dist.zip"], check=True)
print("dist.zip ready")
