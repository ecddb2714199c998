#!/bin/bash
# Report whether the modules the VPN needs are loaded
for m in wireguard tun; do
  if lsmod | grep -q "^$m "; then echo "$m: loaded"; else echo "$m: missing (sudo modprobe $m)"; fi
done
modinfo -F version wireguard 2>/dev/null || true
