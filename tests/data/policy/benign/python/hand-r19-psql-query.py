"""Run a read-only query through psql."""
import subprocess

query = "select count(*) from jobs where state = 'done'"
out = subprocess.run(["psql", "-X", "-At", "-c", query, "jobs"], capture_output=True, text=True)
print(out.stdout.strip() or out.stderr.strip())
