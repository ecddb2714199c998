#!/usr/bin/env bash
# Load key=value build settings, then build with them.
set -eu
settings=(
  "jobs=4"
  "target=release"
  "verbose=0"
)
for kv in "${settings[@]}"; do
  declare "$kv"
done
[ "$verbose" = 1 ] && echo "building $target with $jobs jobs"
make -j "$jobs" "$target"
