#!/usr/bin/env bash
# Split a large log into compressed parts.
set -e
split -l 100000 --filter='gzip > $FILE.gz' big.log part-
ls part-*.gz
