#!/usr/bin/env bash
# Download a CSV data set once into a cache, verify its checksum, and print per-country totals.
set -euo pipefail

DATA_URL="${DATA_URL:-https://example.org/data/population-2024.csv}"
EXPECTED_SHA256="${EXPECTED_SHA256:-}"
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/popstats"
mkdir -p "$CACHE_DIR"

file="$CACHE_DIR/$(basename "$DATA_URL")"

if [[ ! -s "$file" ]]; then
	echo "downloading $DATA_URL" >&2
	tmp="$(mktemp "$CACHE_DIR/.part.XXXXXX")"
	trap 'rm -f "$tmp"' EXIT
	curl -fsSL --retry 3 -o "$tmp" "$DATA_URL"
	mv "$tmp" "$file"
	trap - EXIT
fi

if [[ -n "$EXPECTED_SHA256" ]]; then
	actual="$(sha256sum "$file" | cut -d' ' -f1)"
	if [[ "$actual" != "$EXPECTED_SHA256" ]]; then
		echo "checksum mismatch: $actual" >&2
		exit 1
	fi
fi

header="$(head -n 1 "$file")"
IFS=, read -r -a columns <<<"$header"
country_col=-1
pop_col=-1
for i in "${!columns[@]}"; do
	case "${columns[$i]}" in
	country) country_col=$((i + 1)) ;;
	population) pop_col=$((i + 1)) ;;
	esac
done
if ((country_col < 0 || pop_col < 0)); then
	echo "unexpected header: $header" >&2
	exit 1
fi

tail -n +2 "$file" |
	awk -F, -v c="$country_col" -v p="$pop_col" '
		$p ~ /^[0-9]+$/ { total[$c] += $p; rows++ }
		END {
			for (k in total) printf "%-30s %15d\n", k, total[k]
			printf "rows: %d\n", rows > "/dev/stderr"
		}' |
	sort -k2 -rn | head -n "${TOP:-20}"
