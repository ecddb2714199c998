#!/usr/bin/env bash
# Log backup start and end to the local journal.
set -eu
tag=nightly-backup
logger -t "$tag" -p user.info -- "start $(date -u +%FT%TZ) host=$(hostname)"
src=${SRC:-/srv/data}
dst=${DST:-/backup/data}
rsync -a --delete "$src/" "$dst/"
logger -t "$tag" -- "done: $(du -sh "$dst" | cut -f1)"
