#!/usr/bin/env bash
# Ordinary log analysis: status-code counts, top paths and p95 latency from
# nginx access logs (plain or gzipped); intermediate data in a temp dir that
# is removed on exit.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "${@:-/var/log/nginx/access.log}"; do
  case "$f" in
    *.gz) zcat -- "$f" ;;
    *) cat -- "$f" ;;
  esac
done > "$tmp/all.log"
echo "== status codes"
awk '{print $9}' "$tmp/all.log" | sort | uniq -c | sort -rn
echo "== top paths"
awk '{print $7}' "$tmp/all.log" | sort | uniq -c | sort -rn | head -n 10
echo "== p95 request time"
awk '{print $NF}' "$tmp/all.log" | sort -n > "$tmp/lat"
n=$(wc -l < "$tmp/lat")
[ "$n" -gt 0 ] && sed -n "$(( (n * 95 + 99) / 100 ))p" "$tmp/lat"
