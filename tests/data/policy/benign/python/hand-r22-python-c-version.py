"""Check the interpreter version in a child process."""
import subprocess
import sys

script = "import sys; print(sys.version)"
subprocess.run([sys.executable, "-c", script], check=True)
