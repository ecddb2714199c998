#!/usr/bin/env bash
# Ordinary: prints the first and last timestamp of a log and how many lines
# fall in a given window; uses `date -f` to convert a file of dates at once.
set -euo pipefail

log=${1:?usage: $0 LOGFILE [SINCE] [UNTIL]}
since=${2:-"1970-01-01"}
until=${3:-"2100-01-01"}
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

# the log lines start with an ISO timestamp: "2024-05-01T10:00:00Z message"
cut -d' ' -f1 "$log" > "$tmp"
date -u -f "$tmp" +%s > "$tmp.epoch" 2>/dev/null || true
lo=$(date -u -d "$since" +%s)
hi=$(date -u -d "$until" +%s)
n=$(awk -v lo="$lo" -v hi="$hi" '$1 >= lo && $1 <= hi' "$tmp.epoch" | wc -l)
echo "first: $(head -n 1 "$tmp")"
echo "last:  $(tail -n 1 "$tmp")"
echo "in window: $n of $(wc -l < "$tmp")"
rm -f "$tmp.epoch"
