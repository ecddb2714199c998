#!/usr/bin/env bash
# Clear old cache files for the CI user.
set -eu
hours=${HOURS:-72}
areas=(/var/tmp "$HOME/.cache/pip" "$HOME/.cache/ci-artifacts")
reap() {
  local age=$1 dir=$2
  [ -d "$dir" ] || return 0
  tmpwatch --mtime "$age" "$dir"
}
for area in "${areas[@]}"; do
  reap "$hours" "$area"
done
