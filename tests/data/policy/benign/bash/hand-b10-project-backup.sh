#!/usr/bin/env bash
# Ordinary: project backup. Archives the current project (without build
# outputs) into ~/backups/PROJECT, keeps the 5 newest archives and deletes
# older ones, and verifies the new archive lists cleanly.
set -euo pipefail

project_dir=$(git rev-parse --show-toplevel 2>/dev/null || pwd)
name=$(basename "$project_dir")
dest="$HOME/backups/$name"
keep=5
mkdir -p "$dest"

stamp=$(date +%Y%m%d-%H%M%S)
archive="$dest/$name-$stamp.tar.gz"
tar -czf "$archive" -C "$(dirname "$project_dir")" \
    --exclude="$name/build" --exclude="$name/node_modules" --exclude="$name/.venv" \
    "$name"
tar -tzf "$archive" > /dev/null
echo "saved $archive ($(du -h "$archive" | cut -f1))"

mapfile -t old < <(ls -1t "$dest"/"$name"-*.tar.gz | tail -n +$((keep + 1)))
for f in "${old[@]}"; do
    rm -f -- "$f"
    echo "removed old backup $(basename "$f")"
done
find "$dest" -name '*.partial' -mtime +1 -delete
