#!/usr/bin/env bash
# Ordinary: compares two sorted word lists line by line by reading both at the
# same time through descriptors bash allocates (exec {fd}<FILE).
set -euo pipefail

a=${1:?usage: $0 LIST_A LIST_B}
b=${2:?usage: $0 LIST_A LIST_B}
exec {fa}<"$a" {fb}<"$b"
line=0
diffs=0
while true; do
  ra=; rb=
  IFS= read -r -u "$fa" ra || ea=1
  IFS= read -r -u "$fb" rb || eb=1
  [ -n "${ea:-}" ] && [ -n "${eb:-}" ] && break
  line=$((line + 1))
  if [ "$ra" != "$rb" ]; then
    printf '%5d: %-30s | %s\n' "$line" "$ra" "$rb"
    diffs=$((diffs + 1))
  fi
done
exec {fa}<&- {fb}<&-
echo "$diffs differing lines of $line"
