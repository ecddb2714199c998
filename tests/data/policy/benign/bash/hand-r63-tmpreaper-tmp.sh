#!/usr/bin/env bash
# Clean old files out of the scratch directories.
set -eu
AGE=${AGE:-7d}
for d in /tmp /var/tmp "$HOME/.cache/thumbnails"; do
  [ -d "$d" ] || continue
  echo "cleaning $d"
  tmpreaper --mtime "$AGE" "$d"
done
tmpreaper --all 2d "$HOME/scratch/tmp"
