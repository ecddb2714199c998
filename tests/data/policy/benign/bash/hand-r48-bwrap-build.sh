#!/usr/bin/env bash
# Run the build with no network inside a namespace.
set -e
bwrap --ro-bind / / --bind "$PWD" "$PWD" --dev /dev --unshare-net --die-with-parent \
  make -C "$PWD" -j4
