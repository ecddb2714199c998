#!/usr/bin/env bash
# Archive the project's data directory and keep only the newest N archives.
set -euo pipefail

DATA_DIR="${DATA_DIR:-./data}"
BACKUP_DIR="${BACKUP_DIR:-./backups}"
KEEP="${KEEP:-7}"

if [[ ! -d "$DATA_DIR" ]]; then
	echo "no data directory at $DATA_DIR" >&2
	exit 1
fi

mkdir -p "$BACKUP_DIR"
stamp=$(date +%Y%m%d-%H%M%S)
archive="$BACKUP_DIR/data-$stamp.tar.gz"

tar -czf "$archive.partial" -C "$(dirname "$DATA_DIR")" "$(basename "$DATA_DIR")"
mv "$archive.partial" "$archive"
echo "created $archive ($(du -h "$archive" | cut -f1))"

mapfile -t archives < <(ls -1t "$BACKUP_DIR"/data-*.tar.gz 2>/dev/null)
if ((${#archives[@]} > KEEP)); then
	for old in "${archives[@]:KEEP}"; do
		echo "removing $old"
		rm -f -- "$old"
	done
fi

# leftovers of interrupted runs
find "$BACKUP_DIR" -maxdepth 1 -name '*.partial' -mmin +60 -delete

echo "kept ${#archives[@]} -> $(ls -1 "$BACKUP_DIR"/data-*.tar.gz | wc -l) archive(s)"
