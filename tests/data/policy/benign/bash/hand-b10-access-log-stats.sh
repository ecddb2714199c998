#!/usr/bin/env bash
# Ordinary: data analysis of web server access logs. Counts requests per
# status code, top paths and top clients, and the share of 5xx, with awk,
# sort and uniq; gzip'd logs are read with zcat.
set -euo pipefail

(($#)) || set -- /var/log/nginx/access.log

read_logs() {
    local f
    for f in "$@"; do
        case $f in
            *.gz) zcat -- "$f" ;;
            *) cat -- "$f" ;;
        esac
    done
}

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
read_logs "$@" > "$tmp"

total=$(wc -l < "$tmp")
echo "requests: $total"
echo "by status:"
awk '{print $9}' "$tmp" | sort | uniq -c | sort -rn | head -n 10
echo "top paths:"
awk '{split($7, p, "?"); print p[1]}' "$tmp" | sort | uniq -c | sort -rn | head -n 10
echo "top clients:"
awk '{print $1}' "$tmp" | sort | uniq -c | sort -rn | head -n 5
errors=$(awk '$9 ~ /^5/' "$tmp" | wc -l)
if ((total > 0)); then
    printf '5xx share: %d.%02d%%\n' $((errors * 100 / total)) $((errors * 10000 / total % 100))
fi
