#!/usr/bin/env bash
# Archive the project's data directory and upload it to the backup bucket with the AWS CLI.
set -euo pipefail

DATA_DIR="${DATA_DIR:-./data}"
BUCKET="${BACKUP_BUCKET:?set BACKUP_BUCKET, e.g. s3://my-backups/app}"
KEEP="${KEEP:-7}"
AWS_PROFILE="${AWS_PROFILE:-default}"
export AWS_PROFILE

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
archive_dir="$(mktemp -d)"
trap 'rm -rf "$archive_dir"' EXIT
archive="$archive_dir/data-$stamp.tar.gz"

echo "archiving $DATA_DIR"
tar -czf "$archive" -C "$(dirname "$DATA_DIR")" "$(basename "$DATA_DIR")"
sha256sum "$archive" | awk '{print $1}' >"$archive.sha256"
ls -lh "$archive"

echo "uploading to $BUCKET"
aws s3 cp --only-show-errors "$archive" "$BUCKET/"
aws s3 cp --only-show-errors "$archive.sha256" "$BUCKET/"

mapfile -t old < <(aws s3 ls "$BUCKET/" | awk '$4 ~ /^data-.*\.tar\.gz$/ {print $4}' | sort | head -n -"$KEEP")
for name in "${old[@]}"; do
	echo "pruning $name"
	aws s3 rm --only-show-errors "$BUCKET/$name"
	aws s3 rm --only-show-errors "$BUCKET/$name.sha256" || true
done

echo "backup $stamp done"
