#!/usr/bin/env bash
# Ordinary: snapshots the project's data/ directory into backups/ as a
# timestamped tar.gz and keeps only the five newest snapshots.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p backups
stamp=$(date -u +%Y%m%dT%H%M%SZ)
tar -czf "backups/data-$stamp.tar.gz" data
ls -1t backups/data-*.tar.gz | tail -n +6 | while IFS= read -r old; do
  rm -f -- "$old"
done
ls -lh backups
