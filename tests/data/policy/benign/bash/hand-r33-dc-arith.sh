#!/usr/bin/env bash
# Sum the sizes of the release files with dc.
set -e
total=0
for f in dist/*; do
  total=$(dc -e "$total $(stat -c %s "$f") + p")
done
echo "release size: $total bytes"
