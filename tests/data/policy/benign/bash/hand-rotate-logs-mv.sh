#!/usr/bin/env bash
# Ordinary: rotates the application's logs under ~/.local/state/app with
# mv (app.log -> app.log.1 -> ...), and moves the previous build output
# aside before a rebuild.
set -euo pipefail

logdir=$HOME/.local/state/app
keep=5
mkdir -p "$logdir"
for ((i = keep - 1; i >= 1; i--)); do
  [ -f "$logdir/app.log.$i" ] && mv -f "$logdir/app.log.$i" "$logdir/app.log.$((i + 1))"
done
[ -f "$logdir/app.log" ] && mv "$logdir/app.log" "$logdir/app.log.1"
: > "$logdir/app.log"
if [ -d build ]; then
  rm -rf build.old
  mv build build.old
fi
echo "rotated logs in $logdir"
