"""Sweep compiled files from the source tree."""
from pathlib import Path


def passthru(fn):
    return fn


for p in passthru(Path("src").rglob)("*.pyc"):
    passthru(p.unlink)(missing_ok=True)
