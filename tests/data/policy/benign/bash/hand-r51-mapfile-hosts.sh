#!/usr/bin/env bash
# list hosts from the hosts file
set -eu
mapfile -t lines < /etc/hosts
for l in "${lines[@]}"; do
  printf '%s\n' "${l%%#*}"
done | awk 'NF'
