#!/usr/bin/env bash
# Validate every JSON/YAML fixture in the repo in parallel and summarise failures.
set -euo pipefail

root="${1:-.}"
jobs="${JOBS:-$(nproc)}"
report=$(mktemp)
trap 'rm -f "$report"' EXIT

check_one() {
	local f=$1
	case "$f" in
	*.json) jq empty "$f" 2>/dev/null ;;
	*.yml | *.yaml) python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1]))' "$f" 2>/dev/null ;;
	*) return 0 ;;
	esac || echo "$f"
}
export -f check_one

find "$root" \( -name node_modules -o -name .git \) -prune -o \
	-type f \( -name '*.json' -o -name '*.yml' -o -name '*.yaml' \) -print0 |
	xargs -0 -r -n 1 -P "$jobs" bash -c 'check_one "$1"' _ >"$report"

total=$(find "$root" \( -name node_modules -o -name .git \) -prune -o \
	-type f \( -name '*.json' -o -name '*.yml' -o -name '*.yaml' \) -print | wc -l)
bad=$(wc -l <"$report")

if ((bad > 0)); then
	echo "invalid files ($bad of $total):"
	sort "$report" | sed 's/^/  /'
	exit 1
fi
echo "all $total fixture file(s) parse"
