#!/bin/bash
# Print each file's extension.
set -eu
for f in "$@"; do
  ext=$(tail -c 3 <<<"$f")
  echo "$f: $ext"
done
