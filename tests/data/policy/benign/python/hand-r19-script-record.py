"""Record the test run to a typescript file."""
import subprocess

subprocess.run(["script", "-q", "-c", "python3 -m pytest -q", "test-run.log"], check=False)
