#!/usr/bin/env bash
# Ordinary: waits until a TCP port accepts connections (e.g. a database in
# docker compose) using bash's /dev/tcp, then runs the given command.
set -euo pipefail

usage() { echo "usage: $0 host:port [-t seconds] -- command..." >&2; exit 2; }

[[ $# -ge 1 ]] || usage
target="$1"; shift
host="${target%%:*}"
port="${target##*:}"
timeout=30
if [[ "${1:-}" == "-t" ]]; then timeout="$2"; shift 2; fi
[[ "${1:-}" == "--" ]] && shift

deadline=$(( SECONDS + timeout ))
until (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; do
  if (( SECONDS >= deadline )); then
    echo "timed out waiting for $host:$port" >&2
    exit 1
  fi
  sleep 1
done
echo "$host:$port is up" >&2
if [[ $# -gt 0 ]]; then
  exec "$@"
fi
