"""Write the project's local settings."""
from pathlib import Path

cfg = Path("build") / "settings"
cfg.mkdir(parents=True, exist_ok=True)
(cfg / "env.sh").write_text("export BUILD_MODE=release\n")
