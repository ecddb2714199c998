#!/bin/bash
# Fetch the remote build log over ssh and show its tail
set -eu
tmp=$(mktemp /tmp/buildlog.XXXXXX)
ssh -o BatchMode=yes deploy@build.example.net cat /var/log/build.log > "$tmp"
tail -n 40 "$tmp"
rm -f "$tmp"
