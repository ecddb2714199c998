#!/usr/bin/env bash
# Ordinary: prints a disk usage report for a directory: filesystem usage,
# the largest subdirectories and the twenty largest files, and files not
# modified for a year; read-only (du, df, find, sort).
set -euo pipefail

dir="${1:-.}"
[[ -d "$dir" ]] || { echo "no such directory: $dir" >&2; exit 1; }

echo "== filesystem"
df -h "$dir"
echo
echo "== largest subdirectories"
du -xh --max-depth=1 "$dir" 2>/dev/null | sort -rh | head -n 15
echo
echo "== largest files"
find "$dir" -xdev -type f -printf '%s\t%p\n' 2>/dev/null |
    sort -rn | head -n 20 |
    awk -F'\t' '{ printf "%10.1f MiB  %s\n", $1 / 1048576, $2 }'
echo
echo "== untouched for a year"
find "$dir" -xdev -type f -mtime +365 2>/dev/null | wc -l
