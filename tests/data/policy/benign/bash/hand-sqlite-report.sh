#!/usr/bin/env bash
# Load access-log lines into a throwaway SQLite database and report.
set -euo pipefail

log="${1:-access.log}"
workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
db="$workdir/access.db"

sqlite3 "$db" <<'SQL'
CREATE TABLE hits (ip TEXT, ts TEXT, method TEXT, path TEXT, status INTEGER, bytes INTEGER);
SQL

awk '{
	gsub(/\[/, "", $4); gsub(/"/, "", $6);
	printf "%s,%s,%s,%s,%s,%s\n", $1, $4, $6, $7, $9, ($10 == "-" ? 0 : $10)
}' "$log" >"$workdir/hits.csv"

sqlite3 "$db" <<SQL
.mode csv
.import $workdir/hits.csv hits
SQL

echo "requests: $(sqlite3 "$db" 'SELECT count(*) FROM hits;')"
echo
echo "top paths:"
sqlite3 -column "$db" "SELECT path, count(*) AS n FROM hits GROUP BY path ORDER BY n DESC LIMIT 10;"
echo
echo "status codes:"
sqlite3 -column "$db" "SELECT status, count(*) FROM hits GROUP BY status ORDER BY status;"
echo
echo "bytes by client (top 5):"
sqlite3 -column "$db" "SELECT ip, sum(bytes) AS b FROM hits GROUP BY ip ORDER BY b DESC LIMIT 5;"
