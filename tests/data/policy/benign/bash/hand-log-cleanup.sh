#!/usr/bin/env bash
# Compress application logs older than a day and delete compressed ones past retention.
set -euo pipefail

LOG_DIR="${LOG_DIR:-./logs}"
COMPRESS_AFTER_DAYS="${COMPRESS_AFTER_DAYS:-1}"
RETENTION_DAYS="${RETENTION_DAYS:-14}"
DRY_RUN=0

while getopts "nd:r:" opt; do
	case "$opt" in
	n) DRY_RUN=1 ;;
	d) LOG_DIR="$OPTARG" ;;
	r) RETENTION_DAYS="$OPTARG" ;;
	*)
		echo "usage: $0 [-n] [-d dir] [-r days]" >&2
		exit 2
		;;
	esac
done

if [[ ! -d "$LOG_DIR" ]]; then
	echo "no log directory: $LOG_DIR" >&2
	exit 1
fi

run() {
	if ((DRY_RUN)); then
		echo "would run: $*"
	else
		"$@"
	fi
}

compressed=0
while IFS= read -r -d '' f; do
	run gzip -9 "$f"
	compressed=$((compressed + 1))
done < <(find "$LOG_DIR" -maxdepth 1 -type f -name '*.log' -mtime +"$COMPRESS_AFTER_DAYS" -print0)

removed=0
while IFS= read -r -d '' f; do
	run rm -f -- "$f"
	removed=$((removed + 1))
done < <(find "$LOG_DIR" -maxdepth 1 -type f -name '*.log.gz' -mtime +"$RETENTION_DAYS" -print0)

echo "compressed $compressed, removed $removed in $LOG_DIR"
du -sh "$LOG_DIR"
