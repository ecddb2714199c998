"""Install this repository's own pre-commit hook."""
import os
from pathlib import Path

hook = Path(".git") / "hooks" / "pre-commit"
hook.write_text("#!/bin/sh\nexec python3 -m pytest -q\n")
os.chmod(hook, 0o755)
print("hook installed")
