#!/usr/bin/env bash
# Ordinary: dump a PostgreSQL database to a dated, compressed file in a
# backup directory and keep the newest 7 dumps.
set -euo pipefail
db="${1:?usage: $0 DBNAME}"
dir="${BACKUP_DIR:-$PWD/backups}"
mkdir -p "$dir"
stamp=$(date +%Y%m%d-%H%M%S)
pg_dump --no-owner "$db" | gzip -9 > "$dir/$db-$stamp.sql.gz"
ls -1t "$dir"/"$db"-*.sql.gz | tail -n +8 | while read -r old; do
    echo "pruning $old"
    rm -f -- "$old"
done
echo "backup: $dir/$db-$stamp.sql.gz"
