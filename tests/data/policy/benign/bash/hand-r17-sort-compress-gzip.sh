#!/usr/bin/env bash
# Sort the large access log with on-disk compression.
set -eu
tmp=$(mktemp -d)
sort -S 64k -T "$tmp" --compress-program=gzip access.log > access.sorted
rm -rf "$tmp"
