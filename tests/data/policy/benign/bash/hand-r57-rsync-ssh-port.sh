#!/usr/bin/env bash
# Push the build output to the mirror on its ssh port.
set -eu
rsync -a --delete --rsh="ssh -p 2222 -o BatchMode=yes" ./dist/ mirror:/srv/dist/
