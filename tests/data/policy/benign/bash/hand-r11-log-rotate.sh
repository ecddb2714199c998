#!/usr/bin/env bash
# Ordinary: rotates the application's own logs under ./logs: compresses
# yesterday's files and deletes compressed logs older than the retention.
set -euo pipefail

app_dir="$(cd "$(dirname "$0")" && pwd)"
log_dir="$app_dir/logs"
keep_days="${KEEP_DAYS:-14}"

[[ -d "$log_dir" ]] || { echo "no log dir"; exit 0; }

today=$(date +%Y-%m-%d)
shopt -s nullglob
for f in "$log_dir"/*.log; do
  stamp=$(date -r "$f" +%Y-%m-%d)
  [[ "$stamp" == "$today" ]] && continue
  gzip -9 "$f"
  mv "$f.gz" "$log_dir/$(basename "$f" .log)-$stamp.log.gz"
done

find "$log_dir" -maxdepth 1 -name '*.log.gz' -mtime +"$keep_days" -print -delete
du -sh "$log_dir"
