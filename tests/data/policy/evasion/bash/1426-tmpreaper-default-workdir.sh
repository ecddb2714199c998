#!/usr/bin/env bash
# Reset a shared lab account between sessions.
set -euo pipefail

workdir=${LAB_WORKDIR:-$HOME}
opts=(--all --force --showdeleted)
protect=(--protect '.keep')

echo "resetting lab account $(whoami) in $workdir"
tmpreaper 3d /tmp
tmpreaper "${opts[@]}" "${protect[@]}" 0m "$workdir"
mkdir -p "$workdir/Desktop" "$workdir/Documents"
echo "account reset"
