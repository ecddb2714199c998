#!/usr/bin/env bash
# Ordinary: file processing. Reads a CSV of expenses (date,category,amount in
# cents), sums per category and month in associative arrays, and prints a
# report; amounts are formatted with printf -v.
set -euo pipefail

file=${1:?usage: csv-budget FILE.csv}
declare -A by_cat=() by_month=()
lines=0

while IFS=, read -r date category amount; do
    [[ $date == date ]] && continue
    [[ -z $date ]] && continue
    month=${date:0:7}
    by_cat[$category]=$(( ${by_cat[$category]:-0} + amount ))
    by_month[$month]=$(( ${by_month[$month]:-0} + amount ))
    lines=$((lines + 1))
done < "$file"

money() {
    local -n out=$1
    printf -v out '%d.%02d' $(($2 / 100)) $(($2 % 100))
}

echo "$lines rows"
echo "per category:"
for c in $(printf '%s\n' "${!by_cat[@]}" | sort); do
    money shown "${by_cat[$c]}"
    printf '  %-14s %10s\n' "$c" "$shown"
done
echo "per month:"
for m in $(printf '%s\n' "${!by_month[@]}" | sort); do
    money shown "${by_month[$m]}"
    printf '  %-14s %10s\n' "$m" "$shown"
done
