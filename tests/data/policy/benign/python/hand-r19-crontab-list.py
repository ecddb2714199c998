"""Show the scheduled jobs of the current user."""
import subprocess

res = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
for line in res.stdout.splitlines():
    if line and not line.startswith("#"):
        print(line)
