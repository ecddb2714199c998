"""Load settings for the logtail tool: defaults < ~/.config/logtail/settings.json < env < CLI."""
import argparse
import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

CONFIG_PATH = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "logtail" / "settings.json"


@dataclass
class Settings:
    log_dir: str = "/var/log"
    pattern: str = "*.log"
    lines: int = 50
    follow: bool = False
    color: bool = True


def from_file(path: Path) -> dict:
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        logging.warning("ignoring %s: %s", path, exc)
        return {}


def from_env() -> dict:
    out = {}
    for f in fields(Settings):
        raw = os.environ.get("LOGTAIL_" + f.name.upper())
        if raw is None:
            continue
        if f.type is bool or f.type == "bool":
            out[f.name] = raw.lower() in {"1", "true", "yes", "on"}
        elif f.type is int or f.type == "int":
            out[f.name] = int(raw)
        else:
            out[f.name] = raw
    return out


def load(argv=None) -> Settings:
    ap = argparse.ArgumentParser()
    ap.add_argument("--log-dir")
    ap.add_argument("--pattern")
    ap.add_argument("--lines", type=int)
    ap.add_argument("--follow", action="store_true", default=None)
    cli = {k: v for k, v in vars(ap.parse_args(argv)).items() if v is not None}
    merged = {}
    for layer in (from_file(CONFIG_PATH), from_env(), cli):
        merged.update({k: v for k, v in layer.items() if k in Settings.__dataclass_fields__})
    return Settings(**merged)


def save(settings: Settings) -> None:
    CONFIG_PATH.parent.mkdir(parents=True, exist_ok=True)
    CONFIG_PATH.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")


if __name__ == "__main__":
    s = load()
    print(json.dumps(asdict(s), indent=2))
