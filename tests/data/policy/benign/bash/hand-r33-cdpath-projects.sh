#!/usr/bin/env bash
# Build each named project found under the workspace.
set -e
CDPATH="$HOME/work:$HOME/src"
for p in api web; do
  (cd "$p" >/dev/null && make -j2 && echo "built $p")
done
