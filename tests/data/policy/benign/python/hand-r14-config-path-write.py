# Ordinary: saves a CLI tool's settings as JSON in its own configuration file,
# chosen by a function that returns in two places ($XDG_CONFIG_HOME/notes or
# ~/.config/notes), and reads them back.
import json
import os
import sys
from pathlib import Path

DEFAULTS = {"editor": "vi", "notes_dir": "~/notes", "date_format": "%Y-%m-%d"}


def config_file():
    xdg = os.environ.get("XDG_CONFIG_HOME")
    if xdg:
        return Path(xdg) / "notes" / "config.json"
    return Path.home() / ".config" / "notes" / "config.json"


def load():
    path = config_file()
    if path.exists():
        return {**DEFAULTS, **json.loads(path.read_text())}
    return dict(DEFAULTS)


def save(settings):
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as fh:
        json.dump(settings, fh, indent=2)
    return path


def main(argv):
    settings = load()
    for item in argv:
        key, _, value = item.partition("=")
        if key not in DEFAULTS:
            print(f"unknown setting {key}", file=sys.stderr)
            return 2
        settings[key] = value
    print("saved", save(settings))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
