#!/usr/bin/env bash
# read the package list through a descriptor
set -eu
exec {fd}< <(sort packages.txt)
while read -r -u "$fd" p; do
  printf 'pkg %s\n' "$p"
done
exec {fd}<&-
