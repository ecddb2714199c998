#!/bin/bash
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for i in $(seq 1 3); do
	echo "item $i" > "$tmp/f$i.txt"
done
find "$tmp" -name '*.txt' | sort | head -n 3
echo "$(ls "$tmp" | wc -l) files"
