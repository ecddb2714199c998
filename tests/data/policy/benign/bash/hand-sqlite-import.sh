#!/usr/bin/env bash
# Import a CSV of orders into a scratch SQLite database and print a monthly report.
set -euo pipefail

csv="${1:?usage: $0 orders.csv}"
db="$(mktemp --suffix=.sqlite)"
trap 'rm -f "$db"' EXIT

sqlite3 "$db" <<SQL
CREATE TABLE orders (id INTEGER PRIMARY KEY, day TEXT, customer TEXT, amount REAL);
.mode csv
.import --skip 1 $csv orders
SQL

rows="$(sqlite3 "$db" 'SELECT count(*) FROM orders;')"
echo "imported $rows orders"

echo
echo "month    orders    revenue"
sqlite3 -separator ' ' "$db" <<'SQL' | while read -r month n revenue; do
SELECT substr(day, 1, 7), count(*), printf('%.2f', sum(amount))
FROM orders GROUP BY 1 ORDER BY 1;
SQL
	printf '%s  %6d  %10s\n' "$month" "$n" "$revenue"
done

echo
echo "top customers"
sqlite3 -column -header "$db" \
	"SELECT customer, count(*) AS orders, round(sum(amount), 2) AS total
	 FROM orders GROUP BY customer ORDER BY total DESC LIMIT 5;"

if [[ -n "${EXPORT_DB:-}" ]]; then
	cp "$db" "$EXPORT_DB"
	echo "database saved to $EXPORT_DB"
fi
