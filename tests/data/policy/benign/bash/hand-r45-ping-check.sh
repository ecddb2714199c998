#!/bin/bash
# connectivity probe
for h in 192.0.2.1 192.0.2.2; do
  if ping -c 1 -W 2 "$h" >/dev/null; then echo "$h up"; else echo "$h down"; fi
done
