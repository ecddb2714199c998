# Ordinary CLI configuration loader: merges defaults, ~/.config/mytool/config.toml,
# a project .mytool.toml and MYTOOL_* environment variables, then prints the result.
import json
import os
import sys
import tomllib
from pathlib import Path

DEFAULTS = {"color": True, "jobs": 4, "output": "text", "exclude": [".git", "node_modules"]}


def user_config_path():
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "mytool" / "config.toml"


def read_toml(path):
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        return {}


def from_env(prefix="MYTOOL_"):
    out = {}
    for key, value in os.environ.items():
        if key.startswith(prefix):
            name = key[len(prefix):].lower()
            if value.isdigit():
                out[name] = int(value)
            elif value.lower() in ("true", "false"):
                out[name] = value.lower() == "true"
            else:
                out[name] = value
    return out


def load():
    cfg = dict(DEFAULTS)
    for layer in (read_toml(user_config_path()), read_toml(Path(".mytool.toml")), from_env()):
        cfg.update(layer)
    return cfg


if __name__ == "__main__":
    json.dump(load(), sys.stdout, indent=2, default=str)
    print()
