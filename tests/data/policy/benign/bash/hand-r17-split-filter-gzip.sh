#!/usr/bin/env bash
# Split the dump into compressed parts.
split -b 100M --filter='gzip > $FILE.gz' dump.sql part-
