#!/usr/bin/env bash
# Download a CSV dataset, check it, and print per-column summaries.
set -euo pipefail

DATA_URL="${DATA_URL:-https://people.sc.fsu.edu/~jburkardt/data/csv/hw_200.csv}"
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/csvsummary"
mkdir -p "$CACHE_DIR"

file="$CACHE_DIR/$(basename "$DATA_URL")"
if [[ ! -s "$file" || "${REFRESH:-0}" == 1 ]]; then
	echo "downloading $DATA_URL" >&2
	curl -fsSL --retry 3 -o "$file.part" "$DATA_URL"
	mv "$file.part" "$file"
fi

rows=$(($(wc -l <"$file") - 1))
echo "rows: $rows"
header=$(head -n1 "$file" | tr -d '\r"')
echo "columns: $header"

awk -F',' '
NR == 1 { for (i = 1; i <= NF; i++) { gsub(/[" \r]/, "", $i); name[i] = $i }; n = NF; next }
{
	for (i = 1; i <= n; i++) {
		v = $i; gsub(/[" \r]/, "", v)
		if (v == "") continue
		v += 0
		if (!(i in min) || v < min[i]) min[i] = v
		if (!(i in max) || v > max[i]) max[i] = v
		sum[i] += v; cnt[i]++
	}
}
END {
	printf "%-20s %10s %10s %10s\n", "column", "min", "max", "mean"
	for (i = 1; i <= n; i++)
		if (cnt[i]) printf "%-20s %10.2f %10.2f %10.2f\n", name[i], min[i], max[i], sum[i] / cnt[i]
}' "$file"
