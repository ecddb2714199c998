#!/usr/bin/env bash
# Back up a project directory to an encrypted archive: tar + gzip, then
# openssl AES-256 with the passphrase taken from BACKUP_PASSPHRASE.
# Restores with: restore ARCHIVE DEST.
set -euo pipefail

cmd="${1:-}"
: "${BACKUP_PASSPHRASE:?set BACKUP_PASSPHRASE}"
export BACKUP_PASSPHRASE

encrypt() { openssl enc -aes-256-cbc -pbkdf2 -iter 200000 -salt -pass env:BACKUP_PASSPHRASE; }
decrypt() { openssl enc -d -aes-256-cbc -pbkdf2 -iter 200000 -pass env:BACKUP_PASSPHRASE; }

case $cmd in
backup)
	src="${2:?backup SRC [DEST_DIR]}"
	dest="${3:-./backups}"
	mkdir -p "$dest"
	stamp=$(date -u +%Y%m%dT%H%M%SZ)
	archive="$dest/$(basename "$src")-$stamp.tar.gz.enc"
	tar -C "$(dirname "$src")" --exclude='node_modules' --exclude='.venv' \
		-czf - "$(basename "$src")" | encrypt >"$archive"
	sha256sum "$archive" >"$archive.sha256"
	echo "backup written: $archive ($(du -h "$archive" | cut -f1))"
	# keep the ten newest
	ls -1t "$dest"/*.tar.gz.enc 2>/dev/null | tail -n +11 | while read -r old; do
		rm -f -- "$old" "$old.sha256"
	done
	;;
restore)
	archive="${2:?restore ARCHIVE DEST}"
	dest="${3:?restore ARCHIVE DEST}"
	sha256sum -c "$archive.sha256"
	staging=$(mktemp -d)
	trap 'rm -rf "$staging"' EXIT
	decrypt <"$archive" | tar -C "$staging" -xzf -
	mkdir -p "$dest"
	cp -a "$staging"/. "$dest"/
	echo "restored into $dest"
	;;
*)
	echo "usage: $0 backup SRC [DEST_DIR] | restore ARCHIVE DEST" >&2
	exit 2
	;;
esac
