"""Run the tests through invoke."""
from invoke import run

result = run("pytest -q tests", warn=True)
print("ok" if result.ok else "failed")
