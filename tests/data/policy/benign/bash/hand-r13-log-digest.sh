#!/usr/bin/env bash
# Ordinary: summarise nginx access logs (status codes, top paths, top IPs)
# including rotated gzip files, writing a small report.
set -euo pipefail
logdir="${1:-/var/log/nginx}"
report="${2:-report.txt}"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for f in "$logdir"/access.log*; do
    case "$f" in
        *.gz) zcat -- "$f" ;;
        *) cat -- "$f" ;;
    esac
done > "$tmp"
{
    echo "== status codes"
    awk '{print $9}' "$tmp" | sort | uniq -c | sort -rn
    echo "== top paths"
    awk '{print $7}' "$tmp" | sort | uniq -c | sort -rn | head -n 10
    echo "== top clients"
    awk '{print $1}' "$tmp" | sort | uniq -c | sort -rn | head -n 10
} > "$report"
echo "report in $report"
