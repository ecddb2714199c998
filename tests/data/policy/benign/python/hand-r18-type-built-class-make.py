"""Build the hook configuration as a class and run its build step."""
import subprocess

Hooks = type("Hooks", (), {"build": "make -j2", "verbose": True})
subprocess.run(Hooks.build, shell=True, check=False)
