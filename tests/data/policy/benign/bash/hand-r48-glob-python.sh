#!/usr/bin/env bash
# Report the Python versions installed.
set -e
for p in /usr/bin/python3.?*; do
  [ -x "$p" ] || continue
  "$p" --version
done
