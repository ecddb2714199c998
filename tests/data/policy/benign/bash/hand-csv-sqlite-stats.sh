#!/usr/bin/env bash
# Download a CSV, load it into a throwaway sqlite database and print per-country totals.
set -euo pipefail

url="${DATA_URL:-https://example.com/data/sales-2026.csv}"
top="${TOP:-10}"
work=$(mktemp -d)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT INT TERM

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

log "downloading $url"
curl -fsSL --retry 3 -o "$work/data.csv" "$url"
rows=$(($(wc -l <"$work/data.csv") - 1))
log "got $rows rows"

header=$(head -n1 "$work/data.csv")
for col in country amount date; do
	if ! grep -qw "$col" <<<"$header"; then
		log "column '$col' missing from header: $header"
		exit 2
	fi
done

sqlite3 "$work/sales.db" <<SQL
.mode csv
.import $work/data.csv sales
CREATE INDEX idx_country ON sales(country);
SQL

log "top $top countries"
sqlite3 -header -column "$work/sales.db" <<SQL
SELECT country,
       COUNT(*) AS orders,
       ROUND(SUM(CAST(amount AS REAL)), 2) AS total,
       MIN(date) AS first,
       MAX(date) AS last
FROM sales
GROUP BY country
ORDER BY total DESC
LIMIT $top;
SQL

if [[ -n "${OUT:-}" ]]; then
	sqlite3 -csv -header "$work/sales.db" \
		"SELECT country, ROUND(SUM(CAST(amount AS REAL)), 2) AS total FROM sales GROUP BY country ORDER BY country;" >"$OUT"
	log "wrote $OUT"
fi
