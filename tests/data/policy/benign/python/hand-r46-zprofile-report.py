"""Show which PATH entries a login shell adds."""
from pathlib import Path

profile = Path.home() / ".zprofile"
if profile.exists():
    for line in profile.read_text().splitlines():
        if "PATH" in line:
            print(line.strip())
