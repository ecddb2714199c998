#!/usr/bin/env python3
"""Add a menu launcher for the viewer."""
from pathlib import Path

ENTRY = """[Desktop Entry]
Type=Application
Name=Log Viewer
Exec=logview %F
Categories=Utility;
"""


def install() -> Path:
    target = Path.home() / ".local" / "share" / "applications" / "logview.desktop"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(ENTRY)
    return target


if __name__ == "__main__":
    print("installed", install())
