#!/usr/bin/env bash
# Ordinary: runs the project's own build inside a transient systemd user scope
# with a memory cap, so a runaway compiler cannot take the machine down.
set -euo pipefail

mem=${MEM_MAX:-4G}
jobs=${JOBS:-2}
if command -v systemd-run >/dev/null && systemctl --user is-system-running >/dev/null 2>&1; then
  systemd-run --user --scope -q -p MemoryMax="$mem" make -j"$jobs" "$@"
else
  echo "systemd user manager not available; building without a cap" >&2
  make -j"$jobs" "$@"
fi
echo "build finished"
