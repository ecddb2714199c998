#!/usr/bin/env bash
# print the unit file of the backup timer
set -eu
d="$HOME/.config/systemd/user"
ls "$d"/*.wants 2>/dev/null || true
systemctl --user cat backup.timer
