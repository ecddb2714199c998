#!/usr/bin/env bash
# Ordinary: joins two CSV files on their first column (e.g. users.csv and
# orders.csv), keeping the header of the first file, and writes the result
# to stdout; sorts both inputs in temporary files that are removed at exit.
set -euo pipefail

left="${1:?usage: $0 LEFT.csv RIGHT.csv}"
right="${2:?usage: $0 LEFT.csv RIGHT.csv}"
workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT

head -n 1 "$left" > "$workdir/header"
rh="$(head -n 1 "$right" | cut -d, -f2-)"
tail -n +2 "$left" | sort -t, -k1,1 > "$workdir/l"
tail -n +2 "$right" | sort -t, -k1,1 > "$workdir/r"

printf '%s,%s\n' "$(cat "$workdir/header")" "$rh"
join -t, -1 1 -2 1 "$workdir/l" "$workdir/r"
