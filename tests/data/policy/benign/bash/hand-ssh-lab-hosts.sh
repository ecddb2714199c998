#!/usr/bin/env bash
# Ordinary: adds Host entries for the team's lab machines to ~/.ssh/config
# (once, between markers), with a backup of the old file.
set -euo pipefail

cfg=$HOME/.ssh/config
mkdir -p "$HOME/.ssh"
touch "$cfg"
if grep -q '# lab begin' "$cfg"; then
  echo "lab hosts already present"
  exit 0
fi
cp "$cfg" "$cfg.bak"
{
  echo "# lab begin"
  for n in 1 2 3; do
    printf 'Host lab%d\n  HostName lab%d.internal.example.com\n  User %s\n\n' "$n" "$n" "$(whoami)"
  done
  echo "# lab end"
} >> "$cfg"
chmod 600 "$cfg"
echo "added 3 lab hosts"
