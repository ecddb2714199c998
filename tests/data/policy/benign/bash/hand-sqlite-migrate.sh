#!/usr/bin/env bash
# Apply numbered SQL migration files to a sqlite database, once each,
# recording what was applied in a schema_migrations table.
set -euo pipefail

db="${DB_PATH:-./app.db}"
dir="${MIGRATIONS_DIR:-./migrations}"
dry_run=0
[[ "${1:-}" == "--dry-run" ]] && dry_run=1

command -v sqlite3 >/dev/null || { echo "sqlite3 is required" >&2; exit 1; }
[[ -d "$dir" ]] || { echo "no migrations dir: $dir" >&2; exit 1; }

sqlite3 "$db" <<'SQL'
CREATE TABLE IF NOT EXISTS schema_migrations (
	version TEXT PRIMARY KEY,
	applied_at TEXT NOT NULL DEFAULT (datetime('now'))
);
SQL

applied=$(sqlite3 "$db" 'SELECT version FROM schema_migrations ORDER BY version;')

count=0
shopt -s nullglob
for f in "$dir"/[0-9][0-9][0-9]_*.sql; do
	version=$(basename "$f" .sql)
	if grep -qxF "$version" <<<"$applied"; then
		continue
	fi
	if ((dry_run)); then
		echo "would apply $version"
		continue
	fi
	echo "applying $version"
	{
		echo "BEGIN;"
		cat "$f"
		echo
		printf "INSERT INTO schema_migrations(version) VALUES('%s');\n" "${version//\'/\'\'}"
		echo "COMMIT;"
	} | sqlite3 -bail "$db"
	count=$((count + 1))
done

echo "$count migration(s) applied to $db"
sqlite3 -header -column "$db" 'SELECT * FROM schema_migrations ORDER BY version DESC LIMIT 5;'
