#!/usr/bin/env python3
"""Load settings from ~/.config/reportgen/config.toml, then environment overrides."""
import dataclasses
import os
import pathlib
import sys
import tomllib

CONFIG_PATH = pathlib.Path(os.environ.get("XDG_CONFIG_HOME", pathlib.Path.home() / ".config")) \
    / "reportgen" / "config.toml"


@dataclasses.dataclass
class Settings:
    output_dir: str = "reports"
    page_size: int = 50
    timezone: str = "UTC"
    verbose: bool = False


def parse_bool(s):
    return s.strip().lower() in {"1", "true", "yes", "on"}


def load(path=CONFIG_PATH):
    s = Settings()
    if path.exists():
        with open(path, "rb") as f:
            data = tomllib.load(f).get("reportgen", {})
        for field in dataclasses.fields(Settings):
            if field.name in data:
                setattr(s, field.name, data[field.name])
    overrides = {
        "output_dir": ("REPORTGEN_OUTPUT_DIR", str),
        "page_size": ("REPORTGEN_PAGE_SIZE", int),
        "timezone": ("REPORTGEN_TZ", str),
        "verbose": ("REPORTGEN_VERBOSE", parse_bool),
    }
    for attr, (var, conv) in overrides.items():
        value = os.environ.get(var)
        if value is not None:
            try:
                setattr(s, attr, conv(value))
            except ValueError:
                print(f"ignoring bad {var}={value!r}", file=sys.stderr)
    return s


if __name__ == "__main__":
    settings = load()
    print(f"config file: {CONFIG_PATH} ({'found' if CONFIG_PATH.exists() else 'absent'})")
    for k, v in dataclasses.asdict(settings).items():
        print(f"  {k} = {v!r}")
