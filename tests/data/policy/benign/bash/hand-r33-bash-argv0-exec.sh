#!/usr/bin/env bash
# Start the worker under a readable name.
BASH_ARGV0=worker
log() { printf '%s: %s\n' "$0" "$*" >&2; }
log "starting"
exec python3 -m worker --queue default
