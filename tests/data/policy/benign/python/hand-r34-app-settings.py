"""Show the application's default settings."""
import configparser
from pathlib import Path

cfg = configparser.ConfigParser()
cfg.read(Path.home() / ".config" / "app" / "settings.ini")
for section in cfg.sections():
    print(section, dict(cfg[section]))
