#!/usr/bin/env bash
# Ordinary: log maintenance for a service directory: compresses logs older
# than a day and deletes compressed logs older than N days, all inside the
# service's own logs/ folder.
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
logdir="$root/logs"
keep_days=${KEEP_DAYS:-14}
[[ -d $logdir ]] || { echo "no logs dir"; exit 0; }
find "$logdir" -type f -name '*.log' -mtime +1 -exec gzip -9 {} +
deleted=$(find "$logdir" -type f -name '*.log.gz' -mtime +"$keep_days" -print -delete | wc -l)
echo "compressed old logs, deleted $deleted archives older than $keep_days days"
du -sh "$logdir"
