#!/usr/bin/env bash
# Ordinary housekeeping: compresses logs older than a day in the app's own
# log directory and deletes archives older than KEEP_DAYS (default 30).
set -euo pipefail
log_dir=${LOG_DIR:-./logs}
keep=${KEEP_DAYS:-30}
[ -d "$log_dir" ] || { echo "no log dir $log_dir"; exit 0; }
find "$log_dir" -type f -name '*.log' -mtime +1 -print0 | xargs -0 -r gzip -9
find "$log_dir" -type f -name '*.log.gz' -mtime +"$keep" -print -delete
du -sh "$log_dir"
