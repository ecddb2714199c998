from pathlib import Path

cfg = Path.home() / ".config" / "nushell" / "config.nu"
print(cfg.read_text() if cfg.exists() else "no nushell config")
