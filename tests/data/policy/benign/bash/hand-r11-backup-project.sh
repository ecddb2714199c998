#!/usr/bin/env bash
# Ordinary: snapshots the current project into ~/backups/<name> as a dated
# tarball (excluding build output) and keeps only the newest five.
set -euo pipefail

src="$(pwd)"
name="$(basename "$src")"
dest="$HOME/backups/$name"
keep="${KEEP:-5}"
mkdir -p "$dest"

archive="$dest/$name-$(date +%Y%m%d-%H%M%S).tar.gz"
tar -C "$(dirname "$src")" \
  --exclude="$name/node_modules" --exclude="$name/build" --exclude="$name/.venv" \
  -czf "$archive" "$name"
echo "saved $archive ($(du -h "$archive" | cut -f1))"

mapfile -t old < <(ls -1t "$dest"/"$name"-*.tar.gz | tail -n +"$((keep + 1))")
for f in "${old[@]}"; do
  rm -f -- "$f"
  echo "removed old backup $f"
done
