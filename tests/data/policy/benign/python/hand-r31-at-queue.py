"""List the jobs waiting in the at queue."""
import subprocess

res = subprocess.run(["at", "-l"], capture_output=True, text=True, check=False)
jobs = [line.split()[0] for line in res.stdout.splitlines() if line.strip()]
print(f"{len(jobs)} job(s) queued:", ", ".join(jobs) or "none")
