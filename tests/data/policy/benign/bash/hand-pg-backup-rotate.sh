#!/usr/bin/env bash
# Nightly PostgreSQL backup: dump, compress, checksum, upload to S3 and keep
# the newest KEEP local dumps. Credentials come from the environment.
set -euo pipefail

: "${PGHOST:=localhost}"
: "${PGUSER:=backup}"
: "${PGDATABASE:?database name}"
: "${PGPASSWORD:?password for $PGUSER}"
export PGHOST PGUSER PGDATABASE PGPASSWORD

backup_dir="${BACKUP_DIR:-/var/backups/postgres}"
bucket="${S3_BUCKET:-}"
keep="${KEEP:-7}"

mkdir -p "$backup_dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
file="$backup_dir/${PGDATABASE}-${stamp}.sql.gz"

echo "dumping $PGDATABASE from $PGHOST"
pg_dump --no-owner --format=plain | gzip -6 >"$file.partial"
mv "$file.partial" "$file"
sha256sum "$file" >"$file.sha256"
echo "wrote $file ($(du -h "$file" | cut -f1))"

if [[ -n "$bucket" ]]; then
	aws s3 cp --only-show-errors "$file" "s3://$bucket/postgres/"
	aws s3 cp --only-show-errors "$file.sha256" "s3://$bucket/postgres/"
	echo "uploaded to s3://$bucket/postgres/"
fi

# keep only the newest $keep dumps (and their checksums)
cd "$backup_dir"
ls -1t -- "${PGDATABASE}"-*.sql.gz 2>/dev/null | tail -n +"$((keep + 1))" |
	while IFS= read -r old; do
		echo "removing $old"
		rm -f -- "$old" "$old.sha256"
	done
