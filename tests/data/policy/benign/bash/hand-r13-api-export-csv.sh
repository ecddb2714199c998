#!/usr/bin/env bash
# Ordinary: export open tickets from a REST API to CSV, paging through the
# results with a token read from the environment.
set -euo pipefail
: "${TRACKER_TOKEN:?set TRACKER_TOKEN}"
base="${TRACKER_URL:-https://tracker.example.com/api}"
out="${1:-tickets.csv}"
page=1
echo "id,title,assignee,created" > "$out"
while :; do
    body=$(curl -sf -H "Authorization: Bearer $TRACKER_TOKEN" \
        "$base/tickets?state=open&page=$page&per_page=100")
    count=$(jq 'length' <<<"$body")
    [ "$count" -eq 0 ] && break
    jq -r '.[] | [.id, .title, (.assignee // ""), .created_at] | @csv' <<<"$body" >> "$out"
    page=$((page + 1))
done
echo "wrote $(($(wc -l < "$out") - 1)) tickets to $out"
