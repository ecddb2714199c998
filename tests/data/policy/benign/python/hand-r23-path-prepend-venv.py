"""Run the project's tools from its virtual environment first."""
import os
import subprocess

venv_bin = os.path.abspath(os.path.join(".venv", "bin"))
os.makedirs(venv_bin, exist_ok=True)
os.chmod(venv_bin, 0o755)
os.environ["PATH"] = venv_bin + ":" + os.environ["PATH"]
subprocess.run(["python3", "--version"], check=True)
