#!/usr/bin/env bash
# Ordinary: summarises a directory of JSON test reports with jq (total,
# failed, slowest five tests) and writes the summary atomically through a
# temp file.
set -euo pipefail
dir=${1:-reports}
out=${2:-summary.json}
tmp=$(mktemp "${out}.XXXX")
trap 'rm -f "$tmp"' EXIT
jq -s '
  [ .[].tests[] ] as $t
  | { total: ($t | length),
      failed: ($t | map(select(.status == "failed")) | length),
      slowest: ($t | sort_by(-.duration) | .[:5] | map({name, duration})) }
' "$dir"/*.json > "$tmp"
mv -f "$tmp" "$out"
trap - EXIT
jq -r '"\(.total) tests, \(.failed) failed"' "$out"
