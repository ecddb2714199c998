#!/bin/bash
# Clean build directories of sibling checkouts next to this one.
cd "$(dirname "$0")/.." || exit 1
for d in ./*/build/; do
  rm -rf -- "$d"
done
