#!/usr/bin/env bash
# Dump the schema using the client settings file.
set -eu
mysqldump --defaults-file="$HOME/.my.cnf" --no-data appdb > schema.sql
