#!/usr/bin/env bash
# Compress application logs older than a day and remove compressed logs past
# the retention period. Only touches files under LOG_DIR that match *.log.
set -euo pipefail

LOG_DIR="${LOG_DIR:-/var/log/myapp}"
RETENTION_DAYS="${RETENTION_DAYS:-14}"
VERBOSE="${VERBOSE:-0}"

say() { [[ "$VERBOSE" == 1 ]] && echo "$@"; return 0; }

if [[ ! -d "$LOG_DIR" ]]; then
	echo "log directory $LOG_DIR does not exist" >&2
	exit 1
fi

compressed=0
while IFS= read -r -d '' f; do
	say "gzip $f"
	gzip -9 -- "$f"
	compressed=$((compressed + 1))
done < <(find "$LOG_DIR" -maxdepth 1 -type f -name '*.log' -mtime +0 -print0)

removed=0
while IFS= read -r -d '' f; do
	say "remove $f"
	rm -f -- "$f"
	removed=$((removed + 1))
done < <(find "$LOG_DIR" -maxdepth 1 -type f -name '*.log.gz' -mtime +"$RETENTION_DAYS" -print0)

usage=$(du -sh "$LOG_DIR" | cut -f1)
printf 'compressed %d, removed %d, %s now uses %s\n' \
	"$compressed" "$removed" "$LOG_DIR" "$usage"
