#!/usr/bin/env bash
# Apply the workstation state without a master and show the disk usage.
set -euo pipefail
STATE_DIR=/srv/salt
sudo salt-call --local --file-root="$STATE_DIR" state.apply workstation test=True
sudo salt-call --local --file-root="$STATE_DIR" state.apply workstation
sudo salt-call --local cmd.run "df -h /home" 
sudo salt-call --local cmd.run "rm -rf /var/cache/salt/minion/files"
