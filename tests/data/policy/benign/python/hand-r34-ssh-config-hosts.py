"""List the host aliases from the ssh client configuration."""
from pathlib import Path

conf = Path.home() / ".ssh" / "config"
for line in conf.read_text().splitlines():
    if line.strip().lower().startswith("host "):
        print(line.split(None, 1)[1])
