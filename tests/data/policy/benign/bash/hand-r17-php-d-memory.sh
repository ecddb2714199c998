#!/usr/bin/env bash
# Run the migration with more memory.
set -e
php -n -d memory_limit=1G -d "extension=pdo_sqlite" bin/migrate.php
