# Ordinary: loads ./config.toml, merges it over defaults with copy.deepcopy,
# validates it, and reports errors through exceptions carrying the key.
import copy
import sys
import tomllib

DEFAULTS = {"server": {"host": "127.0.0.1", "port": 8080}, "workers": 2, "paths": {"data": "./data"}}


class ConfigError(Exception):
    pass


def merge(base, override):
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def validate(cfg):
    if not 0 < cfg["server"]["port"] < 65536:
        raise ConfigError("server.port")
    if cfg["workers"] < 1:
        raise ConfigError("workers")


def load(path="config.toml"):
    try:
        with open(path, "rb") as fh:
            user = tomllib.load(fh)
    except FileNotFoundError:
        user = {}
    cfg = merge(DEFAULTS, user)
    try:
        validate(cfg)
    except ConfigError as err:
        sys.exit(f"invalid setting: {err.args[0]}")
    return cfg


if __name__ == "__main__":
    print(load())
