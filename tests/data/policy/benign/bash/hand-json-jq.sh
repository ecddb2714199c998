#!/usr/bin/env bash
# Summarise a package-lock.json: direct deps, total packages, licences.
set -euo pipefail

lock="${1:-package-lock.json}"
[[ -f "$lock" ]] || { echo "no $lock here" >&2; exit 1; }

name=$(jq -r '.name // "unnamed"' "$lock")
version=$(jq -r '.version // "0.0.0"' "$lock")
echo "$name@$version"

echo
echo "direct dependencies:"
jq -r '.packages[""].dependencies // {} | to_entries[] | "  \(.key) \(.value)"' "$lock"

echo
echo "dev dependencies:"
jq -r '.packages[""].devDependencies // {} | to_entries[] | "  \(.key) \(.value)"' "$lock"

total=$(jq '[.packages | keys[] | select(. != "")] | length' "$lock")
echo
echo "installed packages: $total"

echo
echo "licences:"
jq -r '.packages | to_entries[] | select(.key != "") | .value.license // "UNKNOWN"' "$lock" |
	sort | uniq -c | sort -rn | head -n 10

dupes=$(jq -r '.packages | keys[] | select(. != "") | sub(".*node_modules/"; "")' "$lock" |
	sort | uniq -d | wc -l)
echo
echo "names installed more than once: $dupes"
