#!/usr/bin/env bash
# Download the archive with a settings file and list it.
set -eu
conf="$HOME/.cache/fetch.conf"
out="$HOME/.cache/data.tar.gz"
echo "url = https://mirror.example.org/data.tar.gz" > "$conf"
echo "-o $out" >> "$conf"
curl --config "$conf"
tar -tzf "$out"
