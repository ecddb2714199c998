#!/usr/bin/env bash
# Ordinary: summarises error lines in web server access logs (plain or
# gzip-compressed): counts 5xx responses per path and per hour and prints
# the top entries; reads the files given on the command line.
set -euo pipefail

top="${TOP:-10}"
[[ $# -ge 1 ]] || { echo "usage: $0 LOG..." >&2; exit 2; }

read_logs() {
    local f
    for f in "$@"; do
        case "$f" in
            *.gz) zcat -- "$f" ;;
            *) cat -- "$f" ;;
        esac
    done
}

tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
read_logs "$@" | awk '$9 ~ /^5[0-9][0-9]$/' > "$tmp"

echo "5xx responses: $(wc -l < "$tmp")"
echo
echo "top paths:"
awk '{ print $7 }' "$tmp" | sort | uniq -c | sort -rn | head -n "$top"
echo
echo "per hour:"
awk '{ split($4, t, ":"); print t[2] ":00" }' "$tmp" | sort | uniq -c
