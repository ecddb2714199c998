#!/bin/bash
# Nightly database maintenance: vacuum and report table sizes in
# PostgreSQL, check a MySQL replica, and byte-compile an Emacs config.
set -eu
db=${PGDATABASE:-app}
psql -X -q -d "$db" -c 'VACUUM (ANALYZE);' -c '\dt+'
psql -X -d "$db" <<'SQL'
SELECT relname, pg_size_pretty(pg_total_relation_size(relid))
FROM pg_catalog.pg_statio_user_tables ORDER BY 2 DESC LIMIT 10;
\echo done
SQL
mysql --batch -e 'SHOW REPLICA STATUS\G' | grep -E 'Seconds_Behind|Running'
mysql -e "SELECT \`id\`, \`name\` FROM users WHERE note = 'exec (nightly)' LIMIT 5"
emacs --batch --eval '(byte-recompile-directory "~/.emacs.d/lisp" 0)'
