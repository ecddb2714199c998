"""Show which registry and build jobs cargo is configured with."""
import tomllib
from pathlib import Path

cfg = Path("Cargo.toml")
with cfg.open("rb") as fh:
    data = tomllib.load(fh)
pkg = data.get("package", {})
print(pkg.get("name", "?"), pkg.get("version", "?"))
for dep in sorted(data.get("dependencies", {})):
    print(" dep:", dep)
