#!/usr/bin/env bash
# Summarise a CSV of sales: the kind of script an agent writes.
set -euo pipefail

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/sales.csv" <<'CSV'
date,region,product,units,price
2026-01-03,north,widget,12,3.5
2026-01-04,south,gadget,3,12.0
2026-01-04,north,gizmo,7,8.25
2026-01-05,east,widget,20,3.5
CSV

declare -A revenue=()
total=0

while IFS=, read -r date region product units price; do
	[ "$date" = date ] && continue
	lines=$((${lines:-0} + 1))
	cents=$(awk -v u="$units" -v p="$price" 'BEGIN { printf "%d", u * p * 100 }')
	revenue[$region]=$(( ${revenue[$region]:-0} + cents ))
	total=$((total + cents))
done <"$work/sales.csv"

report() {
	local name=$1 cents=$2
	printf '%-8s %d.%02d\n' "$name" $((cents / 100)) $((cents % 100))
}

echo "rows: $lines"
for region in "${!revenue[@]}"; do
	report "$region" "${revenue[$region]}"
done | sort -k2 -rn

if [ "$total" -gt 10000 ]; then
	echo "total over 100: $((total / 100))"
else
	echo "total: $((total / 100))"
fi

case "${1:-}" in
--json) printf '{"total": %d}\n' "$total" ;;
--quiet) : ;;
*) echo "done" ;;
esac

wc -l <"$work/sales.csv" >"$work/count"
cat "$work/count"
