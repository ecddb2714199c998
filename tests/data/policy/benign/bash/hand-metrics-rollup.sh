#!/usr/bin/env bash
# Roll up request logs (CSV: timestamp,endpoint,status,ms) into per-endpoint
# counts, error rate and p95 latency, written as CSV and as a small sqlite table.
set -euo pipefail

in="${1:?usage: $0 requests.csv [db]}"
db="${2:-metrics.db}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

tail -n +2 "$in" | awk -F, -v dir="$tmp" '
	{
		gsub(/"/, "", $2)
		n[$2]++
		if ($3 >= 500) err[$2]++
		print $4 > (dir "/" gensub_safe($2) ".lat")
	}
	function gensub_safe(s) { gsub(/[^A-Za-z0-9_]/, "_", s); return s }
	END { for (e in n) printf "%s,%d,%d\n", e, n[e], err[e] + 0 > (dir "/counts") }
'

echo "endpoint,requests,error_rate,p95_ms" >rollup.csv
sort "$tmp/counts" | while IFS=, read -r endpoint requests errors; do
	safe=${endpoint//[^A-Za-z0-9_]/_}
	p95=$(sort -n "$tmp/$safe.lat" | awk '{ v[NR] = $1 } END { i = int(NR * 0.95); if (i < 1) i = 1; print v[i] }')
	rate=$(awk -v e="$errors" -v r="$requests" 'BEGIN { printf "%.4f", e / r }')
	echo "$endpoint,$requests,$rate,$p95" >>rollup.csv
done

sqlite3 "$db" <<SQL
CREATE TABLE IF NOT EXISTS rollup (day TEXT, endpoint TEXT, requests INTEGER, error_rate REAL, p95_ms REAL);
DELETE FROM rollup WHERE day = date('now');
.mode csv
.import rollup.csv rollup_in
INSERT INTO rollup SELECT date('now'), * FROM rollup_in;
DROP TABLE rollup_in;
SQL
column -s, -t rollup.csv
