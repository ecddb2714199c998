"""Show what the shell runs at logout."""
from pathlib import Path

hook = Path.home() / ".bash_logout"
if hook.exists():
    print(hook.read_text())
