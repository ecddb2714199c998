#!/bin/bash
# Nightly backup of the projects directory to a local restic repository.
set -eu
export RESTIC_PASSWORD_FILE="$HOME/.config/restic/pass"
repo=/mnt/backup/restic
restic -r "$repo" backup --quiet --exclude node_modules "$HOME/projects"
restic -r "$repo" forget --keep-daily 7 --prune --quiet
