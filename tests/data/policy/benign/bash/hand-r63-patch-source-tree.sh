#!/usr/bin/env bash
# Apply the local patches to the vendored library before building.
set -eu
cd vendor/libfoo
for p in ../../patches/*.patch; do
  if patch --dry-run -p1 < "$p" >/dev/null; then
    patch -p1 < "$p"
    echo "applied $(basename "$p")"
  else
    echo "skipped $(basename "$p")" >&2
  fi
done
